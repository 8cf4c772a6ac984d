import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
// The widgets' index declares their events in `HTMLElementEventMap` (`nv-select`: NvSelectEvent…).
import type {} from '@null-and-void/widgets';
import * as React from 'react';

/** A `nv-*` event's name, typed with its class from the widgets' `HTMLElementEventMap`. */
export const eventName = <N extends keyof HTMLElementEventMap>(name: N) =>
  name as EventName<HTMLElementEventMap[N]>;

/** What a component is made from: the element, its events, and its attributes by property. */
export interface ComponentOptions<I extends HTMLElement, E extends Record<string, EventName>> {
  tagName: string;
  elementClass: new () => I;
  displayName: string;
  /** React prop → event name, e.g. `onNvSelect` → `nv-select`. */
  events: E;
  /** Property → attribute, e.g. `noCredit` → `no-credit`. */
  attributes: Readonly<Record<string, string>>;
}

/**
 * A React component for a custom element, made with `@lit/react` (props set as the element's
 * properties, events as listeners). On the server, where `@lit/react` leaves the element's
 * properties out of the HTML, it writes them as the element's attributes instead, so the server's
 * HTML already says which statement a card shows.
 */
export function component<I extends HTMLElement, E extends Record<string, EventName>>(
  options: ComponentOptions<I, E>,
): ReactWebComponent<I, E> {
  // The type arguments are spelled out: inferred, TypeScript relates the inferred component type
  // to the declared one structurally (React's whole `HTMLAttributes`, for generic `I` and `E`),
  // which took 25 s of CPU, most of the package's build and type-check; given, they are the same.
  if (typeof document !== 'undefined') return createComponent<I, E>({ react: React, ...options });
  const server = React.forwardRef<I, Record<string, unknown>>((props, _ref) =>
    React.createElement(options.tagName, serverProps(props, options)),
  );
  server.displayName = options.displayName;
  return server as unknown as ReactWebComponent<I, E>;
}

/** The props as HTML: properties under their attribute names; events and objects left out. */
function serverProps(
  props: Record<string, unknown>,
  {
    events,
    attributes,
  }: Pick<ComponentOptions<HTMLElement, Record<string, EventName>>, 'events' | 'attributes'>,
): Record<string, unknown> {
  const html: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    if (name in events) continue;
    const attribute = attributes[name];
    if (attribute === undefined) html[name === 'className' ? 'class' : name] = value;
    else if (typeof value === 'string' || typeof value === 'number')
      html[attribute] = String(value);
    else if (value === true) html[attribute] = '';
  }
  return html;
}
