// Stand-in for the "server-only" marker package when db modules run under vitest.
export {};
