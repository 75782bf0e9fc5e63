// Code passed to a service worker's evaluate() runs where `chrome` exists; Node's type checker only needs its name.
declare const chrome: any;
