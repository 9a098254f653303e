// Which build of CiteCheck is running: the bundles are given a hash of the code and packages that
// read and index a library (scripts/buildId.mjs), so that an index kept on disk by another build of
// the same version, a developer's or a pre-release, is read afresh rather than trusted.
import { randomUUID } from 'node:crypto';

declare const __CITECHECK_BUILD__: string | undefined;

/** The build's identity; code run without a build gets one of its own, so that it trusts no saved index. */
export const buildId: string = typeof __CITECHECK_BUILD__ === 'string' ? __CITECHECK_BUILD__ : `unbuilt-${randomUUID()}`;
