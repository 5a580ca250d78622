/** Whether an Accept-Encoding header lists gzip (or `*`) without refusing it with `q=0`. */
export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((entry) => {
    const [coding, ...params] = entry.split(';').map((part) => part.trim().toLowerCase());
    const refused = params.some((param) => /^q=0(\.0*)?$/.test(param));
    return (coding === 'gzip' || coding === '*') && !refused;
  });
}
