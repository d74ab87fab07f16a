// Chart colours: ours and the partner's are always the same two colours across charts,
// and dimension lines use a palette distinct enough to tell apart, each at least 3:1
// against the white background.
export const SIDE_COLOURS = { ours: '#22577a', partner: '#c2570c' } as const;

const DIMENSION_PALETTE = ['#22577a', '#c2570c', '#2d7a46', '#7b3fa0', '#b42318', '#0f6e7a', '#8a5a00', '#4a5666'] as const;

export function dimensionColour(index: number): string {
  return DIMENSION_PALETTE[index % DIMENSION_PALETTE.length] ?? '#4a5666';
}

export const AXIS_TICK = { fill: '#4a5666', fontSize: 12 } as const;
export const SCORE_TICKS = [1, 2, 3, 4, 5];
