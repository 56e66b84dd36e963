// Log in and sign up, with field-level messages; afterwards the shopper goes where they were going.
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { logIn, signUp } from '../api/auth.ts';
import { ApiError } from '../api/api-error.ts';
import { Field } from '../components/field.tsx';

type Values = { name: string; email: string; password: string };

/** The log-in page. */
export function LoginPage() {
  return <AuthForm mode="login" />;
}

/** The sign-up page. */
export function SignupPage() {
  return <AuthForm mode="signup" />;
}

function problemsOf(mode: 'login' | 'signup', values: Values): Partial<Values> {
  const problems: Partial<Values> = {};
  if (mode === 'signup' && !values.name.trim()) problems.name = 'Enter your name.';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim()))
    problems.email = 'Enter an email address like ann@example.com.';
  if (mode === 'signup' && values.password.length < 10) problems.password = 'Use at least 10 characters.';
  if (mode === 'login' && !values.password) problems.password = 'Enter your password.';
  return problems;
}

function failureMessage(mode: 'login' | 'signup', error: unknown): string {
  if (!(error instanceof ApiError)) return String(error);
  if (error.status === 401) return 'That email and password do not match an account.';
  if (error.status === 409) return 'An account with this email already exists. Log in instead.';
  return error.message;
}

function AuthForm({ mode }: { mode: 'login' | 'signup' }) {
  const { query, route } = useLocation();
  const [values, setValues] = useState<Values>({ name: '', email: '', password: '' });
  const [problems, setProblems] = useState<Partial<Values>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = query.next?.startsWith('/') && !query.next.startsWith('//') ? query.next : '/';
  const submit = async (event: Event) => {
    event.preventDefault();
    const found = problemsOf(mode, values);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setFailure(null);
    try {
      const credentials = { email: values.email.trim(), password: values.password };
      await (mode === 'signup' ? signUp({ ...credentials, name: values.name.trim() }) : logIn(credentials));
      route(next);
    } catch (error) {
      setFailure(failureMessage(mode, error));
      setBusy(false);
    }
  };
  const bind = (name: keyof Values) => ({
    name,
    value: values[name],
    error: problems[name],
    onInput: (event: Event) =>
      setValues({ ...values, [name]: (event.currentTarget as HTMLInputElement).value }),
  });
  const title = mode === 'signup' ? 'Create your account' : 'Log in';
  return (
    <form class="narrow" onSubmit={submit} noValidate>
      <h1>{title}</h1>
      {mode === 'signup' && <Field label="Name" autoComplete="name" {...bind('name')} />}
      <Field label="Email" type="email" autoComplete="email" {...bind('email')} />
      <Field
        label="Password"
        type="password"
        autoComplete={mode === 'signup' ? 'new-password' : 'current-password'}
        {...(mode === 'signup' ? { hint: 'At least 10 characters.' } : {})}
        {...bind('password')}
      />
      {failure && (
        <p role="alert" class="state state-error">
          {failure}
        </p>
      )}
      <button type="submit" class="button primary wide" disabled={busy}>
        {mode === 'signup' ? 'Sign up' : 'Log in'}
      </button>
      <p>
        {mode === 'signup' ? (
          <>
            Have an account? <a href={`/login?next=${encodeURIComponent(next)}`}>Log in</a>
          </>
        ) : (
          <>
            New here? <a href={`/signup?next=${encodeURIComponent(next)}`}>Create an account</a>
          </>
        )}
      </p>
    </form>
  );
}
