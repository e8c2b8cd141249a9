// The Content-Security-Policy of every page of the app, in Electron and in browser mode alike:
// nothing from outside, no inline scripts, no plugins, no framing.
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
