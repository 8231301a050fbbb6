/** mnemonist's FixedReverseHeap: keeps the best k of many items (by a comparator) without sorting them all. */
import fixedReverseHeap from 'mnemonist/fixed-reverse-heap.js';

// mnemonist is CommonJS whose typings declare a default export: at run time the module is the class itself
export const FixedReverseHeap = fixedReverseHeap as unknown as typeof fixedReverseHeap.default;
