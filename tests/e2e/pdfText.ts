// The text of a PDF, page by page, read with pdf.js in Node: what a partner's reader
// would find by searching the file.
//
// pdf.js runs in a thread of its own. The build Node 20 can load (legacy/) installs core-js
// polyfills on import, and they replace globals, JSON.parse and JSON.stringify among them,
// with versions written in JavaScript. In the test worker's own realm those would then carry
// every Chromium protocol message of every later test in that worker.
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const loading = import(workerData.pdfjs);
parentPort.on('message', async ({ id, bytes }) => {
  try {
    const pdfjs = await loading;
    const doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false }).promise;
    try {
      const pages = [];
      for (let i = 1; i <= doc.numPages; i++) {
        const content = await (await doc.getPage(i)).getTextContent();
        pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
      }
      parentPort.postMessage({ id, text: pages.join('\\n') });
    } finally {
      await doc.destroy();
    }
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
`;

interface Reply {
  readonly id: number;
  readonly text?: string;
  readonly error?: string;
}

let thread: Worker | undefined;
let lastId = 0;
const waiting = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();

/** The worker's one pdf.js thread, started on first use; it does not keep the worker alive. */
function pdfThread(): Worker {
  if (thread) return thread;
  const started = new Worker(THREAD_SOURCE, { eval: true, workerData: { pdfjs: pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href } });
  started.unref();
  started.on('message', ({ id, text, error }: Reply) => {
    const call = waiting.get(id);
    waiting.delete(id);
    if (error !== undefined || text === undefined) call?.reject(new Error(`pdf.js could not read the PDF: ${error ?? 'no text'}`));
    else call?.resolve(text);
  });
  // A thread that fails or stops fails what it was reading, at once rather than at the test's limit; the next call starts another.
  const stopped = (error: Error) => {
    for (const call of waiting.values()) call.reject(error);
    waiting.clear();
    if (thread === started) thread = undefined;
  };
  started.on('error', stopped);
  started.on('exit', (code) => stopped(new Error(`the pdf.js thread stopped (exit code ${code})`)));
  thread = started;
  return started;
}

export function pdfText(bytes: Uint8Array): Promise<string> {
  const id = (lastId += 1);
  const text = new Promise<string>((resolve, reject) => waiting.set(id, { resolve, reject }));
  pdfThread().postMessage({ id, bytes: new Uint8Array(bytes) });
  return text;
}
