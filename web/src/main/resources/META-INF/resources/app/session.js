// The signed-in user, and signing in and out through the browser session.
import { ApiError, getJson, send } from './api.js';

export async function currentUser() {
  try {
    return await getJson('/api/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function signIn(username, password) {
  return send('POST', '/login', new URLSearchParams({ username, password }));
}

export async function signOut() {
  await send('POST', '/logout');
}
