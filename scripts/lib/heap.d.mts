export declare const HEAP_MB: number;
export declare function heapFlags(env: NodeJS.ProcessEnv): string[];
