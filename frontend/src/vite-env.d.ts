/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_OIDC_AUTHORITY?: string;
  readonly VITE_OIDC_CLIENT_ID?: string;
  readonly VITE_ACCESSIBILITY_CONTACT?: string;
  readonly VITE_MUNICIPALITY_CODE?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
