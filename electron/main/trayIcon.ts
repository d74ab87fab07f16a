// The tray icon: a bell, drawn at 16 px and 32 px (@2x) with 8×8 supersampled
// edges and embedded here as PNG data URLs, so the icon ships inside the main bundle
// with no asset path to resolve. The template pair is black on transparent for the
// macOS menu bar (the OS tints it); elsewhere the bell is white on the brand colour
// (#22577a), which reads on light and dark taskbars alike.

const png = (base64: string): string => `data:image/png;base64,${base64}`;

export interface TrayIconSet {
  readonly at1x: string;
  readonly at2x: string;
}

/** Black bell on transparent: marked as a template image on macOS. */
export const TEMPLATE_ICON: TrayIconSet = {
  at1x: png('iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAm0lEQVR42mNgoCFgYWBg6IZiFlI12zAwMOxmYGD4D8W7oWJEgRAGBobfSJph+DdUDi8QYGBgeI9FMwy/h6rBCRLwaIbhBHwGtBNhQDs+A44TYcBxfP7/TyTGGg4RJBgQgc2A+SQYMB9dcwUDA8NnEgz4DNUDBylQU5HxdSQN17HIpxBKVKuRDFhNTmbyYGBg+A7FHuTmSB4oxgkARRNq8ycbWy8AAAAASUVORK5CYII='),
  at2x: png('iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAABA0lEQVR42u2XrQ2EMBiGX4lEnEAgEYgb4QQCeZIBOgB7MAgjMEAlAyAQSEboAJz5mhBCoD9feyfuTV4DheeBNjQA/7gnAdBQk9jwB4AZwEad6ViUvAHIHVxX0rlgeQIYT8DHjjSWNS8AygCuq+gatie3ge8lWN7E6ADfT4f3gts867UwewaB3kdgYRBYfAQ2pjqlYBQoXARaRoHWRWBgFBhcdjrFKKBsd8yaEa5b2wh0AQQ6G4EpgMBkCs8DwHVzEwERUEBcgTMaIAMKSGJkZwJVQPCx1U8KpHTiruJmjk3ukfrskMJ1kXGluRBoYv0RrSfwNeYfUnn4Wk50LHrKb4HZ8gG4QqvU4pZQbAAAAABJRU5ErkJggg=='),
};

/** White bell on the brand colour: Windows and Linux. */
export const COLOUR_ICON: TrayIconSet = {
  at1x: png('iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAxklEQVR42mNgYGBgUAqvilEKr7quFF71n0gMUhvDgKT5P5k4hoFEmzFcwoBLUjOm7v/S3SfBGMTGpQ6rAWF1M/8/f/vhPwyA2CAxogxQjapB0YxsCEiOoAH+lVP/4wIgOYIG1MzegNMAkBxBA7aduIzTAJAcXgNAfvz6/SdOA0By6OGAYsD0DQf/EwIgNTgN8C6f/D+ycTYYV8xcB9cEYsPEQWoIpgMQNk5p+f/q/WcwBrHxJSScSVknvgGMCSVlyjITpdkZAP7WVE/n+XaMAAAAAElFTkSuQmCC'),
  at2x: png('iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAABjElEQVR42mNgQAJK4VUSSuFV7UrhVZeVwqt+K4VX/acS/g01E2S2BAM2oBReFaMUXvWZipbiwiA7YrBZ/p/OOAY52D8PgAM+g6MDGi//Bwi3M0ATx0A54DIDuandPL3t/+zNh8EYxCY3dzCQo9Eup/v/6RsP/sMAiA0SI8cskhygE9/wf+nuk////Pn7Hx2AxEByIDU0cYBmTB2Kr3EBkBqQWqo7YPqGg/+JBSC1VHWAcUrL/x+/fhPtAJBakB6qOSC7b9l/UgFID9Uc0LtiF8kOAOmhmgM2H71IsgNAeqjiANWomv8fv34n2QEgPSC9FDsgqGb6f3IBSC/FDpi4ei/ZDgDppdgB5289ItsBIL0UOcAgqek/pQBkBlkOAFUu5GQ/bNkRX0XFQIu4JyUt4HRAes+S/2sOnMWKD164hWEJSAyXepBZVKmOYbh54RYMB4DEaN4eQA4ddIDPl4QcQHKTDFTCIRfPIDYxpR6uJhnZjVLXwn4wprRROuDN8oHtmAx412xQdE4HsnsOAJUBTIyapgr4AAAAAElFTkSuQmCC'),
};
