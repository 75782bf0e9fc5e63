import { useEffect, useState } from 'preact/hooks';
import type { Loader, PopupData } from './load';

export type LoadState = { status: 'loading' } | { status: 'error' } | { status: 'ready'; data: PopupData };

/**
 * Runs the loader (again when `generation` changes); a failure (background unreachable, bad response) becomes
 * a visible error state. `initial`, when the entry point already has the data, is shown at once and not
 * fetched again until `generation` changes.
 */
export function useData(load: Loader, generation = 0, initial?: PopupData): LoadState {
  const [state, setState] = useState<LoadState>(initial ? { status: 'ready', data: initial } : { status: 'loading' });
  useEffect(() => {
    if (initial && generation === 0) return;
    let live = true;
    load().then(
      (data) => live && setState(data?.ds ? { status: 'ready', data } : { status: 'error' }),
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [load, generation]);
  return state;
}
