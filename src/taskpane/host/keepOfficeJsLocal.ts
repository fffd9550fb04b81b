interface OfficeJsGlobals {
  readonly OSF?: { readonly Logger?: { readonly ulsEndpoint?: { loadProxyFrame?: () => void } } };
}

/**
 * Outside Office, office.js still opens a hidden frame on Microsoft's telemetry service three
 * seconds after it loads (OSF.Logger.ulsEndpoint, from o15apptofilemappingtable.js). In file
 * mode the pane promises that no request leaves the machine, so that frame is never loaded.
 * Inside Excel, office.js is Office's own business and is left alone.
 */
export function keepOfficeJsLocal(globals: OfficeJsGlobals = window as OfficeJsGlobals): void {
  const endpoint = globals.OSF?.Logger?.ulsEndpoint;
  if (endpoint) endpoint.loadProxyFrame = () => undefined;
}
