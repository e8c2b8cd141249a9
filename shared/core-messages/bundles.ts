// What the core says about signing keys, passphrases, invitations, joining and trusting keys, in
// each language.
export const bundleMessages = {};
