// Real Dexie over an in-memory IndexedDB for every unit test (STYLE.md rule 9).
import 'fake-indexeddb/auto';
