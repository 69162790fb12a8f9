// The REST API (openapi.json). Errors become exceptions with the server's message.
import {lang} from './i18n.js';

export async function get(path, params = {}) {
  const q = new URLSearchParams(params);
  const res = await fetch(path + (q.toString() ? '?' + q : ''), {headers: {Accept: 'application/json'}});
  return answer(res);
}

export async function getWithLang(path, params = {}) {
  return get(path, {lang: lang(), ...params});
}

export async function post(path, body, contentType, token) {
  const headers = {'Content-Type': contentType, Accept: 'application/json'};
  if (token) headers.Authorization = 'Bearer ' + token;
  const res = await fetch(path, {method: 'POST', headers, body});
  return answer(res);
}

async function answer(res) {
  let data = null;
  try {
    data = await res.json();
  } catch (e) {
    data = null;
  }
  if (!res.ok) {
    const err = new Error((data && data.error) || ('HTTP ' + res.status));
    err.status = res.status;
    throw err;
  }
  return data;
}
