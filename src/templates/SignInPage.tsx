import { useRef, useState, type FormEvent } from 'react';
import {
  Box,
  Button,
  Checkbox,
  Container,
  Heading,
  Inline,
  InlineAlert,
  Link,
  PasswordField,
  Stack,
  Text,
  TextField,
} from '../index';

/*
 * The sign-in screen of a made-up invoicing product, Ledgerly: a centred card with email and
 * password, errors on submit (not while typing: a half-typed address is not yet wrong), a
 * remember-me choice and the way to reset a forgotten password. Library exports and layout
 * props only.
 */

interface SignInErrors {
  email?: string;
  password?: string;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What is wrong with the submitted fields, in the words the errors show. */
export function signInErrors(data: FormData): SignInErrors {
  const email = String(data.get('email') ?? '').trim();
  const password = String(data.get('password') ?? '');
  const errors: SignInErrors = {};
  if (!email) errors.email = 'Enter your email address.';
  else if (!emailPattern.test(email)) {
    errors.email = 'Enter an email address like name@example.com.';
  }
  if (!password) errors.password = 'Enter your password.';
  return errors;
}

export interface SignInPageProps {
  /** Called with the email and the remember-me choice when the form is valid. */
  onSignIn?: (details: { email: string; remember: boolean }) => void;
}

/** Ledgerly's sign-in page. */
export function SignInPage({ onSignIn }: SignInPageProps) {
  const [errors, setErrors] = useState<SignInErrors>({});
  const [signedInAs, setSignedInAs] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const found = signInErrors(data);
    setErrors(found);
    // Focus the first field in error, as the error messages are announced with it.
    const first = found.email ? 'email' : found.password ? 'password' : null;
    if (first) {
      formRef.current?.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
      return;
    }
    const email = String(data.get('email')).trim();
    setSignedInAs(email);
    onSignIn?.({ email, remember: data.get('remember') === 'on' });
  };

  return (
    <Stack gap="8" paddingBlock="8">
      <Box as="header">
        <Container maxWidth="sm">
          <Text variant="title" weight="bold">
            Ledgerly
          </Text>
        </Container>
      </Box>
      <Box as="main">
        <Container maxWidth="sm">
          <Stack gap="6">
            <Stack gap="2">
              <Heading level={1}>Sign in to Ledgerly</Heading>
              <Text color="secondary">Invoices, expenses and payroll for small teams.</Text>
            </Stack>
            <Box background="raised" border="subtle" radius="lg" elevation="sm" padding="6">
              <form ref={formRef} noValidate onSubmit={submit} aria-label="Sign in">
                <Stack gap="5">
                  {signedInAs ? (
                    <InlineAlert
                      status="success"
                      title={`Signed in as ${signedInAs}`}
                      description="Taking you to your dashboard."
                    />
                  ) : null}
                  <TextField
                    label="Email"
                    name="email"
                    type="email"
                    autoComplete="email"
                    required
                    error={errors.email}
                  />
                  <PasswordField
                    label="Password"
                    name="password"
                    autoComplete="current-password"
                    required
                    error={errors.password}
                  />
                  <Inline justify="between" align="center" gap="3">
                    <Checkbox label="Remember me for 30 days" name="remember" />
                    <Link href="#reset-password">Forgot your password?</Link>
                  </Inline>
                  <Button type="submit" fullWidth>
                    Sign in
                  </Button>
                </Stack>
              </form>
            </Box>
            <Text align="center">
              New to Ledgerly? <Link href="#sign-up">Create an account</Link>
            </Text>
          </Stack>
        </Container>
      </Box>
      <Box as="footer">
        <Container maxWidth="sm">
          <Inline gap="4" justify="center">
            <Link href="#privacy" variant="standalone">
              Privacy
            </Link>
            <Link href="#terms" variant="standalone">
              Terms
            </Link>
            <Link href="#status" variant="standalone">
              System status
            </Link>
          </Inline>
        </Container>
      </Box>
    </Stack>
  );
}
