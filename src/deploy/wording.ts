// How the engine's messages name a setting of its caller: the k8s-deploy action has inputs, the CLI
// has flags. The engine never hard-codes either; the caller passes its own (the action's is the default).

/** Names a caller's setting in a message: "the kubeconfig input", "--kubeconfig". */
export type SettingName = (name: string) => string;

export const actionInput: SettingName = (name) => `the ${name} input`;
export const cliFlag: SettingName = (name) => `--${name}`;
