// Which screen is showing. There is no URL bar to keep in step with.
export type View =
  | { name: 'labs' }
  | { name: 'lab'; labId: string }
  | { name: 'run'; labId: string }
  | { name: 'notes'; labId: string }
  | { name: 'capture'; labId: string; challengeId: string; groupId: string | null }
  | { name: 'synthesis'; labId: string; challengeId: string };

class Router {
  view = $state<View>({ name: 'labs' });

  go(view: View): void {
    this.view = view;
  }
}

export const router = new Router();
