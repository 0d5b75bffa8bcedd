// What every post-build step (scripts/post-build.mjs) works in: trunk's staging directory, named
// by TRUNK_STAGING_DIR. Plain Node.

/** trunk's staging directory; exits, naming `step`, when it is not set. */
export function stagingDir(step) {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error(`${step}: TRUNK_STAGING_DIR is not set (run as a trunk post_build hook)`);
    process.exit(1);
  }
  return dir;
}
