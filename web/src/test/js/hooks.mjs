// Module hooks for the JS tests: the app's .js files are ES modules (the page loads them as such),
// and their bare 'pbf' import is the pbf file the server serves, as the page's import map says.
import { pathToFileURL } from 'node:url';

export async function resolve(specifier, context, next) {
  if (specifier === 'pbf') {
    return { url: pathToFileURL(process.env.NTM_PBF_JS).href, format: 'module', shortCircuit: true };
  }
  const resolved = await next(specifier, context);
  return resolved.url.endsWith('.js') ? { ...resolved, format: 'module' } : resolved;
}
