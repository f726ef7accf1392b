import { accessToken, refreshSession } from '../session/session';
import { ApiProblemError, problemFrom } from './api-problem';

/** fetch for the API's REST routes (/files, /inspection-imports) with the bearer token; one refresh and retry on 401. */
export async function restFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const send = () => fetch(path, { ...init, credentials: 'same-origin', headers: { ...init.headers, ...authHeader() } });
  let res = await send();
  if (res.status === 401 && (await refreshSession())) res = await send();
  if (!res.ok) throw new ApiProblemError(problemFrom(await res.json().catch(() => ({ code: res.status === 404 ? 'NOT_FOUND' : 'INTERNAL_SERVER_ERROR' }))));
  return res;
}

export function authHeader(): Record<string, string> {
  const token = accessToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** Downloads a protected file (an error report, a document) under its own name. */
export async function downloadFile(path: string, fileName: string): Promise<void> {
  const blob = await (await restFetch(path)).blob();
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A protected file as an object URL the page may show (image, PDF); revoke it when done. */
export async function objectUrlOf(path: string): Promise<{ url: string; type: string }> {
  const blob = await (await restFetch(path)).blob();
  return { url: URL.createObjectURL(blob), type: blob.type };
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

/**
 * Uploads one file as multipart (field `file`) with progress; fetch cannot
 * report upload progress, XMLHttpRequest can. Resolves with the JSON answer.
 */
export function uploadFile<T>(path: string, file: File, onProgress?: (p: UploadProgress) => void, retried = false): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    for (const [k, v] of Object.entries(authHeader())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => onProgress?.({ loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.onerror = () => reject(new ApiProblemError({ code: 'NETWORK', message: 'network error', details: {} }));
    xhr.onload = () => {
      const body = safeJson(xhr.responseText);
      if (xhr.status === 401 && !retried) {
        void refreshSession().then((ok) => (ok ? uploadFile<T>(path, file, onProgress, true).then(resolve, reject) : reject(new ApiProblemError(problemFrom(body)))));
      } else if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(new ApiProblemError(problemFrom({ code: xhr.status === 413 ? 'BAD_USER_INPUT' : undefined, ...body })));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

function safeJson(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}
