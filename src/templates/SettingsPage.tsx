import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  Avatar,
  Box,
  Button,
  Container,
  Grid,
  GridItem,
  Heading,
  Inline,
  InlineAlert,
  Select,
  Stack,
  Switch,
  Tab,
  TabList,
  TabPanel,
  Tabs,
  Text,
  TextField,
} from '../index';

/*
 * The account settings of a made-up invoicing product, Ledgerly: three tabs of form sections
 * (profile, notifications, privacy) in one form, and a save bar that appears as soon as the
 * form differs from what was last saved. Save submits the form; Cancel resets it. Library
 * exports and layout props only.
 */

/** The submitted settings: FormData as a record (a switch that is off sends nothing). */
export type SettingsValues = Record<string, string>;

const languages = [
  { value: 'en-GB', label: 'English (United Kingdom)' },
  { value: 'en-US', label: 'English (United States)' },
  { value: 'de-DE', label: 'Deutsch' },
  { value: 'fr-FR', label: 'Français' },
  { value: 'pt-PT', label: 'Português' },
];

const timeZones = [
  { value: 'Europe/Lisbon', label: 'Lisbon (UTC+0)' },
  { value: 'Europe/London', label: 'London (UTC+0)' },
  { value: 'Europe/Berlin', label: 'Berlin (UTC+1)' },
  { value: 'America/New_York', label: 'New York (UTC−5)' },
  { value: 'Asia/Tokyo', label: 'Tokyo (UTC+9)' },
];

const visibilities = [
  { value: 'workspace', label: 'Everyone in Northwind Traders' },
  { value: 'team', label: 'My team only' },
  { value: 'private', label: 'Only me' },
];

/** The settings as first saved. */
export const savedSettings: SettingsValues = {
  fullName: 'Maria Santos',
  email: 'maria.santos@northwind.example',
  jobTitle: 'Finance lead',
  language: 'en-GB',
  timeZone: 'Europe/Lisbon',
  invoicePaid: 'on',
  weeklyDigest: 'on',
  mentions: 'on',
  visibility: 'workspace',
  activityStatus: 'on',
};

/** The form's values, in document order, as one comparable string. */
function snapshot(form: HTMLFormElement | null): string {
  return form ? JSON.stringify([...new FormData(form)]) : '';
}

export interface SettingsPageProps {
  /** The values last saved; the form starts from them and Cancel returns to them. */
  defaultSaved?: SettingsValues;
  /** Called with the form's values when the settings are saved. */
  onSave?: (values: SettingsValues) => void;
}

/** Ledgerly's account settings page. */
export function SettingsPage({ defaultSaved = savedSettings, onSave }: SettingsPageProps) {
  const [saved, setSaved] = useState(defaultSaved);
  // A new form after each save, so its defaults (and Cancel) are the values just saved.
  const [version, setVersion] = useState(0);
  const [changes, setChanges] = useState(0);
  const [dirty, setDirty] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  // Outside the form's key: saving keeps the tab the user is on.
  const [tab, setTab] = useState('profile');
  const formRef = useRef<HTMLFormElement>(null);
  const baseline = useRef('');

  useEffect(() => {
    baseline.current = snapshot(formRef.current);
  }, [version]);
  // After the render a change caused, when every control (a Select's hidden input too) holds
  // its new value.
  useEffect(() => {
    if (changes > 0) setDirty(snapshot(formRef.current) !== baseline.current);
  }, [changes]);

  const changed = () => {
    setChanges((count) => count + 1);
    setJustSaved(false);
  };

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = Object.fromEntries(
      [...new FormData(event.currentTarget)].map(([name, value]) => [name, String(value)]),
    );
    setSaved(values);
    setVersion((count) => count + 1);
    setDirty(false);
    setJustSaved(true);
    onSave?.(values);
  };

  const on = (name: string) => saved[name] === 'on';

  return (
    <Stack gap="6">
      <Box as="header" border="subtle" background="surface" paddingBlock="3">
        <Container>
          <Inline justify="between" align="center">
            <Text variant="title" weight="bold">
              Ledgerly
            </Text>
            <Avatar name={saved.fullName} alt={`Signed in as ${saved.fullName}`} size="sm" />
          </Inline>
        </Container>
      </Box>
      <Box as="main">
        <Container maxWidth="lg">
          <Stack gap="6">
            <Stack gap="1">
              <Heading level={1}>Settings</Heading>
              <Text color="secondary">
                Your profile, notifications and privacy in the Northwind Traders workspace.
              </Text>
            </Stack>
            {justSaved ? (
              <InlineAlert
                status="success"
                title="Settings saved"
                description="Your changes apply from now on."
                live
              />
            ) : null}
            <form
              key={version}
              ref={formRef}
              aria-label="Settings"
              onSubmit={save}
              onChange={changed}
              onReset={() => setDirty(false)}
            >
              <Stack gap="6">
                <Tabs value={tab} onValueChange={setTab}>
                  <TabList aria-label="Settings sections">
                    <Tab value="profile">Profile</Tab>
                    <Tab value="notifications">Notifications</Tab>
                    <Tab value="privacy">Privacy</Tab>
                  </TabList>
                  <TabPanel value="profile">
                    <Stack gap="8" paddingBlock="6">
                      <Stack as="section" gap="4" aria-labelledby="settings-personal">
                        <Stack gap="1">
                          <Heading level={2} id="settings-personal">
                            Personal details
                          </Heading>
                          <Text color="secondary">Shown on invoices you send and approve.</Text>
                        </Stack>
                        <Grid rowGap="4">
                          <GridItem span={{ xs: 'full', md: 6 }}>
                            <TextField
                              label="Full name"
                              name="fullName"
                              autoComplete="name"
                              required
                              defaultValue={saved.fullName}
                            />
                          </GridItem>
                          <GridItem span={{ xs: 'full', md: 6 }}>
                            <TextField
                              label="Work email"
                              name="email"
                              type="email"
                              autoComplete="email"
                              required
                              defaultValue={saved.email}
                            />
                          </GridItem>
                          <GridItem span={{ xs: 'full', md: 6 }}>
                            <TextField
                              label="Job title"
                              name="jobTitle"
                              description="Optional. Appears under your name."
                              defaultValue={saved.jobTitle}
                            />
                          </GridItem>
                        </Grid>
                      </Stack>
                      <Stack as="section" gap="4" aria-labelledby="settings-regional">
                        <Stack gap="1">
                          <Heading level={2} id="settings-regional">
                            Language and region
                          </Heading>
                          <Text color="secondary">Dates, numbers and due dates follow these.</Text>
                        </Stack>
                        <Grid rowGap="4">
                          <GridItem span={{ xs: 'full', md: 6 }}>
                            <Select
                              label="Language"
                              name="language"
                              options={languages}
                              defaultValue={saved.language}
                              onValueChange={changed}
                            />
                          </GridItem>
                          <GridItem span={{ xs: 'full', md: 6 }}>
                            <Select
                              label="Time zone"
                              name="timeZone"
                              options={timeZones}
                              defaultValue={saved.timeZone}
                              onValueChange={changed}
                            />
                          </GridItem>
                        </Grid>
                      </Stack>
                    </Stack>
                  </TabPanel>
                  <TabPanel value="notifications">
                    <Stack gap="8" paddingBlock="6">
                      <Stack as="section" gap="4" aria-labelledby="settings-email">
                        <Heading level={2} id="settings-email">
                          Email
                        </Heading>
                        <Stack gap="4">
                          <Switch
                            label="An invoice is paid"
                            description="One email per payment, as it arrives."
                            name="invoicePaid"
                            defaultChecked={on('invoicePaid')}
                          />
                          <Switch
                            label="An invoice is overdue"
                            description="The morning after its due date."
                            name="invoiceOverdue"
                            defaultChecked={on('invoiceOverdue')}
                          />
                          <Switch
                            label="Weekly summary"
                            description="Every Monday: what came in, what went out, what is due."
                            name="weeklyDigest"
                            defaultChecked={on('weeklyDigest')}
                          />
                        </Stack>
                      </Stack>
                      <Stack as="section" gap="4" aria-labelledby="settings-mobile">
                        <Heading level={2} id="settings-mobile">
                          Mobile app
                        </Heading>
                        <Stack gap="4">
                          <Switch
                            label="Someone mentions you"
                            name="mentions"
                            defaultChecked={on('mentions')}
                          />
                          <Switch
                            label="An expense waits for your approval"
                            name="approvals"
                            defaultChecked={on('approvals')}
                          />
                        </Stack>
                      </Stack>
                    </Stack>
                  </TabPanel>
                  <TabPanel value="privacy">
                    <Stack gap="8" paddingBlock="6">
                      <Stack as="section" gap="4" aria-labelledby="settings-visibility">
                        <Heading level={2} id="settings-visibility">
                          Visibility
                        </Heading>
                        <Grid rowGap="4">
                          <GridItem span={{ xs: 'full', md: 6 }}>
                            <Select
                              label="Who can see your profile"
                              name="visibility"
                              options={visibilities}
                              defaultValue={saved.visibility}
                              onValueChange={changed}
                            />
                          </GridItem>
                        </Grid>
                        <Switch
                          label="Show when you are active"
                          description="A green dot on your picture while you use Ledgerly."
                          name="activityStatus"
                          defaultChecked={on('activityStatus')}
                        />
                      </Stack>
                    </Stack>
                  </TabPanel>
                </Tabs>
                {dirty ? (
                  // Sticky to the bottom of the window in a real app: see the report (Box has no
                  // position prop), so it sits after the form here.
                  <Box
                    background="raised"
                    border="subtle"
                    radius="md"
                    elevation="md"
                    padding="4"
                    aria-label="Unsaved changes"
                    role="region"
                  >
                    <Stack
                      direction={{ xs: 'column', sm: 'row' }}
                      gap="3"
                      justify="between"
                      align="center"
                    >
                      <Text weight="medium">You have unsaved changes.</Text>
                      <Inline gap="2">
                        <Button type="reset" variant="secondary">
                          Cancel
                        </Button>
                        <Button type="submit">Save changes</Button>
                      </Inline>
                    </Stack>
                  </Box>
                ) : null}
              </Stack>
            </form>
          </Stack>
        </Container>
      </Box>
    </Stack>
  );
}
