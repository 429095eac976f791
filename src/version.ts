// Kept equal to package.json's version; test/package/version.test.ts checks it.
export const SDK_NAME = 'babysea';
export const SDK_VERSION = '1.0.0';
