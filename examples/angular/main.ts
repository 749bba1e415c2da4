// Angular 21, standalone and zoneless. Angular sets an element's property with [prop] and listens to a
// custom event with (event-name); CUSTOM_ELEMENTS_SCHEMA lets the tags through. The token provider comes
// from an injectable service that asks the bank's backend (here the sandbox), as an Angular app does.
// This example compiles its template in the browser (JIT) so that it builds with Vite alone; an Angular
// CLI app (AOT) writes the same component.
import '@angular/compiler';
import { Component, CUSTOM_ELEMENTS_SCHEMA, Injectable, inject, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import 'calico-widgets/define';
import { clearSharedClients, type CalicoRowSelectEvent, type TokenProvider } from 'calico-widgets';

/** The portal's short-lived token, from the bank's backend; `renew()` hands the widgets a new provider (a new sign-in). */
@Injectable({ providedIn: 'root' })
export class CalicoTokenService {
  readonly calls = signal(0);
  readonly provider = signal(this.#make());
  renew(): void {
    this.provider.set(this.#make());
  }
  #make(): TokenProvider {
    return async ({ signal: abort }) => {
      const res = await fetch('/sandbox/token', { method: 'POST', body: '{}', signal: abort });
      const body = (await res.json()) as { access_token: string; expires_in: number };
      this.calls.update((n) => n + 1);
      return { token: body.access_token, expiresIn: body.expires_in };
    };
  }
}

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main style="max-width: 1100px; margin: 2rem auto; display: grid; gap: 1.5rem; font-family: system-ui">
      <h1>Angular 21</h1>
      <p>
        Token provider calls: <output id="token-calls">{{ tokens.calls() }}</output>
        <button id="new-token" type="button" (click)="tokens.renew()">Use a new token provider</button>
        <!-- On sign-out, or when a staff member switches customer: nothing of the old session is used after it. -->
        <button id="end-session" type="button" (click)="signOut()">End the session</button>
      </p>
      <calico-user-assets [attr.user-id]="userId" base-url="/sandbox/calico" page-size="5" [tokenProvider]="tokens.provider()" (calico-row-select)="select($event)"></calico-user-assets>
      <p>Selected: <output id="selected">{{ selected() }}</output></p>
      <calico-users base-url="/sandbox/calico" page-size="5" [tokenProvider]="tokens.provider()"></calico-users>
    </main>
  `,
})
class App {
  readonly tokens = inject(CalicoTokenService);
  readonly userId = new URLSearchParams(location.search).get('user') ?? '946416e3-f6b4-4a54-86e9-9e2843f0573e';
  readonly selected = signal('');

  select(event: Event): void {
    this.selected.set(JSON.stringify((event as CalicoRowSelectEvent).record).slice(0, 80));
  }

  signOut(): void {
    clearSharedClients();
  }
}

bootstrapApplication(App, { providers: [provideZonelessChangeDetection()] }).catch((error) => console.error(error));
