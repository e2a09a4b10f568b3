/// <reference types="vite/client" />
interface ImportMetaEnv {
  /** Optional remote basemap style URL for deployments with internet access. */
  readonly VITE_BASEMAP_STYLE_URL?: string;
}
