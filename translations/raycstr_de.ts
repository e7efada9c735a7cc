<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>RayCstr: privacy-first web analytics on your desktop.</source>
        <translation>RayCstr: datenschutzfreundliche Webanalyse auf Ihrem Desktop.</translation>
    </message>
    <message>
        <source>Use this settings file.</source>
        <translation>Diese Einstellungsdatei verwenden.</translation>
    </message>
    <message>
        <source>Use this language (de, fr, es or en) instead of the Language setting.</source>
        <translation>Diese Sprache verwenden (de, fr, es oder en) statt der Spracheinstellung.</translation>
    </message>
    <message>
        <source>Render every main screen to PNG files in DIR.</source>
        <translation>Jede Hauptansicht als PNG-Datei in DIR speichern.</translation>
    </message>
    <message>
        <source>Data folder (with --render-screens).</source>
        <translation>Datenordner (mit --render-screens).</translation>
    </message>
    <message>
        <source>Render with a dark palette.</source>
        <translation>Mit dunkler Farbpalette darstellen.</translation>
    </message>
    <message>
        <source>--render-screens needs --data DIR</source>
        <translation>--render-screens braucht --data DIR</translation>
    </message>
    <message>
        <source>no keychain (%1): API keys are kept for this session only</source>
        <translation>kein Schlüsselbund (%1): API-Schlüssel werden nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Window size to render at (default 1280x800).</source>
        <translation>Fenstergröße beim Rendern (Standard 1280x800).</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT in pixels, such as 960x640</source>
        <translation>--size erwartet BREITExHÖHE in Pixeln, etwa 960x640</translation>
    </message>
</context>
<context>
    <name>raycstr::AccessLogReader</name>
    <message>
        <source>not a time: &apos;%1&apos;</source>
        <translation>keine Zeitangabe: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not an HTTP status: &apos;%1&apos;</source>
        <translation>kein HTTP-Status: &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>raycstr::AlertCli</name>
    <message>
        <source>  alert add --site DOMAIN --type spike|drop|goal (--email ADDRESS | --webhook URL)
                        Alert on a traffic spike (--visitors N), a drop (--hours N
                        without a pageview) or a goal&apos;s conversions (--goal NAME).
  alert list | alert remove ID | alert test ID
</source>
        <translation>  alert add --site DOMAIN --type spike|drop|goal (--email ADRESSE | --webhook URL)
                        Alarm bei einem Besucheransturm (--visitors N), einem Einbruch
                        (--hours N ohne Seitenaufruf) oder Conversions eines Ziels (--goal NAME).
  alert list | alert remove ID | alert test ID
</translation>
    </message>
    <message>
        <source>add, list, remove or test</source>
        <translation>add, list, remove oder test</translation>
    </message>
    <message>
        <source>Alerts by e-mail (the config&apos;s smtp: settings) or webhook (Slack, Mattermost, Discord&apos;s /slack URL, or plain text for ntfy):

  add --site DOMAIN --type spike --visitors N   current visitors reach N
  add --site DOMAIN --type drop --hours N       no pageview for N hours
  add --site DOMAIN --type goal --goal NAME [--digest]
                                  each conversion (or a daily digest)
  list [--site DOMAIN] [--json]   the rules (the config file&apos;s marked config)
  remove ID                       remove a rule
  test ID                         send a test message to its channels now</source>
        <translation>Alarme per E-Mail (die smtp:-Einstellungen der Konfiguration) oder Webhook (Slack, Mattermost, Discords /slack-URL oder reiner Text für ntfy):

  add --site DOMAIN --type spike --visitors N   aktuelle Besucher erreichen N
  add --site DOMAIN --type drop --hours N       N Stunden kein Seitenaufruf
  add --site DOMAIN --type goal --goal NAME [--digest]
                                  jede Conversion (oder eine tägliche Zusammenfassung)
  list [--site DOMAIN] [--json]   die Regeln (die der Konfigurationsdatei als config markiert)
  remove ID                       eine Regel entfernen
  test ID                         jetzt eine Testnachricht an ihre Kanäle senden</translation>
    </message>
    <message>
        <source>The rule&apos;s ID (remove, test)</source>
        <translation>Die ID der Regel (remove, test)</translation>
    </message>
    <message>
        <source>The site (its domain).</source>
        <translation>Die Website (ihre Domain).</translation>
    </message>
    <message>
        <source>spike, drop or goal.</source>
        <translation>spike, drop oder goal.</translation>
    </message>
    <message>
        <source>spike: current visitors that fire it.</source>
        <translation>spike: aktuelle Besucher, ab denen er auslöst.</translation>
    </message>
    <message>
        <source>drop: hours without a pageview that fire it.</source>
        <translation>drop: Stunden ohne Seitenaufruf, nach denen er auslöst.</translation>
    </message>
    <message>
        <source>goal: the goal&apos;s name.</source>
        <translation>goal: der Name des Ziels.</translation>
    </message>
    <message>
        <source>Minutes without a second message (default 60).</source>
        <translation>Minuten ohne zweite Nachricht (Standard 60).</translation>
    </message>
    <message>
        <source>A recipient; repeatable.</source>
        <translation>Ein Empfänger; wiederholbar.</translation>
    </message>
    <message>
        <source>A webhook URL to POST to.</source>
        <translation>Eine Webhook-URL, an die gesendet wird (POST).</translation>
    </message>
    <message>
        <source>slack (default: {&quot;text&quot;: …}) or text (plain).</source>
        <translation>slack (Standard: {&quot;text&quot;: …}) oder text (reiner Text).</translation>
    </message>
    <message>
        <source>goal: one message a day, not one each.</source>
        <translation>goal: eine Nachricht pro Tag statt einer je Conversion.</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Die Liste als JSON ausgeben.</translation>
    </message>
    <message>
        <source>alert %1: expected one alert ID</source>
        <translation>alert %1: genau eine Alarm-ID erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an alert ID (see &apos;alert list&apos;)</source>
        <translation>&apos;%1&apos; ist keine Alarm-ID (siehe &apos;alert list&apos;)</translation>
    </message>
    <message>
        <source>alert add needs --site DOMAIN and --type spike|drop|goal</source>
        <translation>alert add braucht --site DOMAIN und --type spike|drop|goal</translation>
    </message>
    <message>
        <source>--type takes spike, drop or goal, not &apos;%1&apos;</source>
        <translation>--type nimmt spike, drop oder goal an, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--webhook-format takes slack or text</source>
        <translation>--webhook-format nimmt slack oder text an</translation>
    </message>
    <message>
        <source>Note: no smtp: section in the config yet; e-mail alerts wait for one.</source>
        <translation>Hinweis: noch kein smtp:-Abschnitt in der Konfiguration; E-Mail-Alarme warten darauf.</translation>
    </message>
    <message>
        <source>Added alert %1: %2.</source>
        <translation>Alarm %1 hinzugefügt: %2.</translation>
    </message>
    <message>
        <source>No alerts. Add one with &apos;alert add&apos;.</source>
        <translation>Keine Alarme. Fügen Sie einen mit &apos;alert add&apos; hinzu.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>COOL-DOWN</source>
        <translation>SPERRZEIT</translation>
    </message>
    <message>
        <source>SENDS TO</source>
        <translation>SENDET AN</translation>
    </message>
    <message>
        <source>config</source>
        <translation>config</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>no alert %1 (see &apos;alert list&apos;)</source>
        <translation>kein Alarm %1 (siehe &apos;alert list&apos;)</translation>
    </message>
    <message>
        <source>Removed alert %1: %2.</source>
        <translation>Alarm %1 entfernt: %2.</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <source>the test message reached no channel</source>
        <translation>die Testnachricht hat keinen Kanal erreicht</translation>
    </message>
    <message>
        <source>Sent a test of alert %1 (%2).</source>
        <translation>Test von Alarm %1 gesendet (%2).</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, not &apos;%2&apos;</source>
        <translation>--%1 erwartet eine ganze Zahl, nicht &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>raycstr::AlertRule</name>
    <message>
        <source>an alert needs a site</source>
        <translation>ein Alarm braucht eine Website</translation>
    </message>
    <message>
        <source>a spike alert needs visitors between 1 and 10000000</source>
        <translation>ein spike-Alarm braucht visitors zwischen 1 und 10000000</translation>
    </message>
    <message>
        <source>a drop alert needs hours between 1 and 720</source>
        <translation>ein drop-Alarm braucht hours zwischen 1 und 720</translation>
    </message>
    <message>
        <source>a goal alert needs the goal&apos;s name</source>
        <translation>ein goal-Alarm braucht den Namen des Ziels</translation>
    </message>
    <message>
        <source>cooldown_minutes must be between 1 and %1</source>
        <translation>cooldown_minutes muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>an alert needs an e-mail address or a webhook to send to</source>
        <translation>ein Alarm braucht eine E-Mail-Adresse oder einen Webhook als Ziel</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the webhook must be an http:// or https:// URL</source>
        <translation>der Webhook muss eine http://- oder https://-URL sein</translation>
    </message>
    <message>
        <source>alerts must be a list of {site, type, …}</source>
        <translation>alerts muss eine Liste von {site, type, …} sein</translation>
    </message>
    <message>
        <source>each alert must be a mapping: site, type, visitors, hours, goal, digest, cooldown_minutes, email, webhook, webhook_format</source>
        <translation>jeder Alarm muss eine Zuordnung sein: site, type, visitors, hours, goal, digest, cooldown_minutes, email, webhook, webhook_format</translation>
    </message>
    <message>
        <source>type must be spike, drop or goal</source>
        <translation>type muss spike, drop oder goal sein</translation>
    </message>
    <message>
        <source>webhook_format must be slack or text</source>
        <translation>webhook_format muss slack oder text sein</translation>
    </message>
    <message>
        <source>unknown setting &apos;alerts.%1&apos;</source>
        <translation>unbekannte Einstellung „alerts.%1“</translation>
    </message>
    <message>
        <source>an alert needs a type: spike, drop or goal</source>
        <translation>ein Alarm braucht einen type: spike, drop oder goal</translation>
    </message>
</context>
<context>
    <name>raycstr::AuthCli</name>
    <message>
        <source>  token create          Create an API key for the stats API (shown once).
  token list            List API keys (never their secrets).
  token revoke ID       Revoke an API key; it stops working at once.
  user set-password     Set the dashboard&apos;s admin password (read from stdin).
  share create DOMAIN   Create a read-only public link to a site&apos;s stats.
  share list            List share links.
  share revoke ID       Revoke a share link.
</source>
        <translation>  token create          API-Schlüssel für die Statistik-API erstellen (einmal angezeigt).
  token list            API-Schlüssel auflisten (nie ihre Geheimnisse).
  token revoke ID       API-Schlüssel widerrufen; er funktioniert sofort nicht mehr.
  user set-password     Admin-Passwort des Dashboards setzen (von stdin gelesen).
  share create DOMAIN   Öffentlichen Nur-Lese-Link zur Statistik einer Website erstellen.
  share list            Freigabelinks auflisten.
  share revoke ID       Freigabelink widerrufen.
</translation>
    </message>
    <message>
        <source>Manage API keys for the stats API (&quot;Authorization: Bearer &lt;key&gt;&quot;).

  create [--site DOMAIN] [--admin] [--label TEXT]   make a key; it is shown once
  list [--json] [--sessions]                        list keys (no secrets)
  revoke ID                                         revoke a key at once</source>
        <translation>API-Schlüssel für die Statistik-API verwalten („Authorization: Bearer &lt;Schlüssel&gt;“).

  create [--site DOMAIN] [--admin] [--label TEXT]   Schlüssel erstellen; er wird einmal angezeigt
  list [--json] [--sessions]                        Schlüssel auflisten (ohne Geheimnisse)
  revoke ID                                         Schlüssel sofort widerrufen</translation>
    </message>
    <message>
        <source>create, list or revoke</source>
        <translation>create, list oder revoke</translation>
    </message>
    <message>
        <source>The key&apos;s id (revoke).</source>
        <translation>Die ID des Schlüssels (revoke).</translation>
    </message>
    <message>
        <source>Limit the key to one site (default: every site).</source>
        <translation>Den Schlüssel auf eine Website beschränken (Standard: alle Websites).</translation>
    </message>
    <message>
        <source>Allow admin routes too (default: read-only).</source>
        <translation>Auch Admin-Routen erlauben (Standard: nur lesen).</translation>
    </message>
    <message>
        <source>A note to recognise the key by in &apos;token list&apos;.</source>
        <translation>Eine Notiz, an der Sie den Schlüssel in &apos;token list&apos; erkennen.</translation>
    </message>
    <message>
        <source>List open dashboard login sessions too.</source>
        <translation>Auch offene Anmeldesitzungen des Dashboards auflisten.</translation>
    </message>
    <message>
        <source>token revoke: expected one key ID (a number, see &apos;token list&apos;)</source>
        <translation>token revoke: genau eine Schlüssel-ID erwartet (eine Zahl, siehe &apos;token list&apos;)</translation>
    </message>
    <message>
        <source>no site %1 (see &apos;site list&apos;)</source>
        <translation>keine Website %1 (siehe &apos;site list&apos;)</translation>
    </message>
    <message>
        <source>Created API key %1 (%2, %3).
</source>
        <translation>API-Schlüssel %1 erstellt (%2, %3).
</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>nur lesen</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>alle Websites</translation>
    </message>
    <message>
        <source>Copy it now: it is shown only this once and cannot be recovered.
</source>
        <translation>Kopieren Sie ihn jetzt: Er wird nur dieses eine Mal angezeigt und lässt sich nicht wiederherstellen.
</translation>
    </message>
    <message>
        <source>Send it as: Authorization: Bearer &lt;key&gt;
</source>
        <translation>Senden Sie ihn als: Authorization: Bearer &lt;Schlüssel&gt;
</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>Website %1</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>No API keys. Create one with &apos;%1 token create&apos;.
</source>
        <translation>Keine API-Schlüssel. Erstellen Sie einen mit &apos;%1 token create&apos;.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>BEZEICHNUNG</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ZULETZT GENUTZT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>widerrufen %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft ab %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Revoked API key %1.
</source>
        <translation>API-Schlüssel %1 widerrufen.
</translation>
    </message>
    <message>
        <source>Manage the dashboard&apos;s admin account.

  set-password   set the admin password (at least 10 characters). On a terminal it is
                 asked for twice without echo; otherwise the first line of standard
                 input is the password, e.g.:
                 printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | raycstr-server user set-password
Setting it signs out every dashboard session.</source>
        <translation>Das Admin-Konto des Dashboards verwalten.

  set-password   das Admin-Passwort setzen (mindestens 10 Zeichen). Im Terminal wird es
                 zweimal ohne Echo abgefragt; sonst ist die erste Zeile der
                 Standardeingabe das Passwort, z. B.:
                 printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | raycstr-server user set-password
Das Setzen meldet alle Dashboard-Sitzungen ab.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input without prompting, even on a terminal.</source>
        <translation>Das Passwort ohne Nachfrage aus der ersten Zeile der Standardeingabe lesen, auch im Terminal.</translation>
    </message>
    <message>
        <source>user set-password takes no arguments: the password is read from standard input, never from the command line</source>
        <translation>user set-password nimmt keine Argumente an: Das Passwort wird aus der Standardeingabe gelesen, nie von der Befehlszeile</translation>
    </message>
    <message>
        <source>Admin password set.</source>
        <translation>Admin-Passwort gesetzt.</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>kein Passwort auf der Standardeingabe</translation>
    </message>
    <message>
        <source>New admin password: </source>
        <translation>Neues Admin-Passwort: </translation>
    </message>
    <message>
        <source>no password entered</source>
        <translation>kein Passwort eingegeben</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Wiederholen: </translation>
    </message>
    <message>
        <source>the passwords do not match; nothing changed</source>
        <translation>die Passwörter stimmen nicht überein; nichts geändert</translation>
    </message>
    <message>
        <source>Manage share links: read-only access to one site&apos;s stats for anyone with the link.

  create DOMAIN [--label TEXT]   make a link; its secret is shown once
  list [DOMAIN] [--json]         list links (no secrets)
  revoke ID                      revoke a link at once</source>
        <translation>Freigabelinks verwalten: Lesezugriff auf die Statistik einer Website für alle, die den Link haben.

  create DOMAIN [--label TEXT]   Link erstellen; sein Geheimnis wird einmal angezeigt
  list [DOMAIN] [--json]         Links auflisten (ohne Geheimnisse)
  revoke ID                      Link sofort widerrufen</translation>
    </message>
    <message>
        <source>DOMAIN (create, list) or ID (revoke).</source>
        <translation>DOMAIN (create, list) oder ID (revoke).</translation>
    </message>
    <message>
        <source>A note to recognise the link by in &apos;share list&apos;.</source>
        <translation>Eine Notiz, an der Sie den Link in &apos;share list&apos; erkennen.</translation>
    </message>
    <message>
        <source>share create: expected exactly one DOMAIN</source>
        <translation>share create: genau eine DOMAIN erwartet</translation>
    </message>
    <message>
        <source>share list: expected at most one DOMAIN</source>
        <translation>share list: höchstens eine DOMAIN erwartet</translation>
    </message>
    <message>
        <source>share revoke: expected one link ID (a number, see &apos;share list&apos;)</source>
        <translation>share revoke: genau eine Link-ID erwartet (eine Zahl, siehe &apos;share list&apos;)</translation>
    </message>
    <message>
        <source>Created share link %1 for %2: anyone with it can read this site&apos;s stats (read-only).
</source>
        <translation>Freigabelink %1 für %2 erstellt: Wer ihn hat, kann die Statistik dieser Website lesen (nur lesen).
</translation>
    </message>
    <message>
        <source>  secret:  </source>
        <translation>  Geheimnis: </translation>
    </message>
    <message>
        <source>  stats:   </source>
        <translation>  Statistik: </translation>
    </message>
    <message>
        <source>Any stats request for this site takes it as ?auth=&lt;secret&gt; (prefix the path with your RayCstr address).
</source>
        <translation>Jede Statistik-Anfrage für diese Website nimmt es als ?auth=&lt;Geheimnis&gt; an (stellen Sie dem Pfad Ihre RayCstr-Adresse voran).
</translation>
    </message>
    <message>
        <source>No share links. Create one with &apos;%1 share create DOMAIN&apos;.
</source>
        <translation>Keine Freigabelinks. Erstellen Sie einen mit &apos;%1 share create DOMAIN&apos;.
</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>WEBSITE</translation>
    </message>
    <message>
        <source>Revoked share link %1.
</source>
        <translation>Freigabelink %1 widerrufen.
</translation>
    </message>
    <message>
        <source>No admin password is set. None is generated here: this output is not a terminal and may be a log, and a secret never goes to a log.
  Set the dashboard&apos;s password:  %1
  Or create an API key:          %2
</source>
        <translation>Es ist kein Admin-Passwort gesetzt. Hier wird keines erzeugt: Diese Ausgabe ist kein Terminal, sondern womöglich ein Protokoll, und ein Geheimnis gelangt nie in ein Protokoll.
  Passwort des Dashboards setzen:   %1
  Oder API-Schlüssel erstellen:     %2
</translation>
    </message>
    <message>
        <source>Admin password (shown once): </source>
        <translation>Admin-Passwort (einmalig angezeigt): </translation>
    </message>
    <message>
        <source>  Sign in to the dashboard with it; change it with &apos;%1 user set-password&apos;.
</source>
        <translation>  Melden Sie sich damit im Dashboard an; ändern Sie es mit &apos;%1 user set-password&apos;.
</translation>
    </message>
    <message numerus="yes">
        <source>%n dashboard session(s) signed out.</source>
        <translation>
            <numerusform>%n Dashboard-Sitzung abgemeldet.</numerusform>
            <numerusform>%n Dashboard-Sitzungen abgemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the list (or the new key) as JSON.</source>
        <translation>Die Liste (oder den neuen Schlüssel) als JSON ausgeben.</translation>
    </message>
    <message>
        <source>create: print only the key.</source>
        <translation>create: nur den Schlüssel ausgeben.</translation>
    </message>
    <message>
        <source>Print the list (or the new link) as JSON.</source>
        <translation>Die Liste (oder den neuen Link) als JSON ausgeben.</translation>
    </message>
    <message>
        <source>create: print only the secret.</source>
        <translation>create: nur das Geheimnis ausgeben.</translation>
    </message>
</context>
<context>
    <name>raycstr::BackupCli</name>
    <message>
        <source>  backup FILE           Copy the database while the server runs (no salts,
                        checked, mode 0600).
  restore FILE          Replace the database with a backup (server stopped).
</source>
        <translation>  backup FILE           Die Datenbank im laufenden Betrieb kopieren (ohne Salts,
                        geprüft, Modus 0600).
  restore FILE          Die Datenbank durch eine Sicherung ersetzen (Server gestoppt).
</translation>
    </message>
    <message>
        <source>Copy the database to FILE while the server runs: one consistent snapshot, the salts left out, checked with integrity_check, readable by its owner only.</source>
        <translation>Die Datenbank im laufenden Betrieb nach FILE kopieren: ein konsistenter Stand, ohne Salts, mit integrity_check geprüft, nur für den Eigentümer lesbar.</translation>
    </message>
    <message>
        <source>Where to write the backup.</source>
        <translation>Wohin die Sicherung geschrieben wird.</translation>
    </message>
    <message>
        <source>backup takes one FILE</source>
        <translation>backup erwartet genau eine FILE</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 MiB in %3 s; salts left out, integrity checked).</source>
        <translation>Sicherung nach %1 geschrieben (%2 MiB in %3 s; ohne Salts, Integrität geprüft).</translation>
    </message>
    <message>
        <source>Replace the database with a backup. Stop the server first. The file is checked before anything changes; the current database is kept aside until the restored one has opened.</source>
        <translation>Die Datenbank durch eine Sicherung ersetzen. Zuerst den Server stoppen. Die Datei wird geprüft, bevor sich etwas ändert; die bisherige Datenbank bleibt erhalten, bis die wiederhergestellte geöffnet ist.</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>Die wiederherzustellende Sicherung.</translation>
    </message>
    <message>
        <source>restore takes one FILE</source>
        <translation>restore erwartet genau eine FILE</translation>
    </message>
    <message>
        <source>Restored %1 into %2. Start the server; it makes a new salt, so today&apos;s returning visitors are counted once more.</source>
        <translation>%1 nach %2 wiederhergestellt. Starten Sie den Server; er erzeugt ein neues Salt, daher werden heute wiederkehrende Besucher noch einmal gezählt.</translation>
    </message>
</context>
<context>
    <name>raycstr::BackupScheduler</name>
    <message>
        <source>cannot create the backup folder</source>
        <translation>der Sicherungsordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>raycstr::ClickHouseSchema</name>
    <message>
        <source>the ClickHouse database %1 has schema version %2, newer than this RayCstr knows (%3): upgrade RayCstr</source>
        <translation>die ClickHouse-Datenbank %1 hat die Schemaversion %2, neuer als diese RayCstr-Version kennt (%3): bitte RayCstr aktualisieren</translation>
    </message>
    <message>
        <source>the ClickHouse server %1 has no cluster &quot;%2&quot; in its remote_servers</source>
        <translation>der ClickHouse-Server %1 hat keinen Cluster „%2“ in seinen remote_servers</translation>
    </message>
    <message>
        <source>the ClickHouse database %1 was written by an older RayCstr (schema version 1, %2 events) without the daily rollups this version reads, and they cannot be rebuilt from its events: copy the SQLite store into a new database with `raycstr-server migrate --to clickhouse://…/NEWDB`, or drop the database</source>
        <translation>die ClickHouse-Datenbank %1 wurde von einem älteren RayCstr geschrieben (Schemaversion 1, %2 Ereignisse), ohne die Tagessummen, die diese Version liest, und sie lassen sich aus ihren Ereignissen nicht neu bilden: kopieren Sie den SQLite-Speicher mit `raycstr-server migrate --to clickhouse://…/NEUEDB` in eine neue Datenbank, oder löschen Sie die Datenbank</translation>
    </message>
</context>
<context>
    <name>raycstr::CsvReader</name>
    <message>
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>a &apos;&quot;&apos; in the middle of a field</source>
        <translation>ein &apos;&quot;&apos; mitten in einem Feld</translation>
    </message>
</context>
<context>
    <name>raycstr::DataDirLock</name>
    <message>
        <source>cannot create data directory %1</source>
        <translation>Datenverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the data directory %1 is in use by another RayCstr server (pid %2 on host %3, %4): stop it first, or give this one its own --data directory. If no such process runs any more on %3, delete %5</source>
        <translation>das Datenverzeichnis %1 wird von einem anderen RayCstr-Server benutzt (PID %2 auf Rechner %3, %4): stoppen Sie ihn zuerst oder geben Sie diesem ein eigenes --data-Verzeichnis. Läuft auf %3 kein solcher Prozess mehr, löschen Sie %5</translation>
    </message>
    <message>
        <source>cannot lock %1 (%2)</source>
        <translation>%1 kann nicht gesperrt werden (%2)</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>held, holder unknown</source>
        <translation>belegt, Inhaber unbekannt</translation>
    </message>
</context>
<context>
    <name>raycstr::Database</name>
    <message>
        <source>the database is at schema version %1, newer than this RayCstr understands (%2); upgrade RayCstr</source>
        <translation>die Datenbank hat die Schemaversion %1, neuer als diese RayCstr-Version versteht (%2); aktualisieren Sie RayCstr</translation>
    </message>
    <message>
        <source>missing migration %1</source>
        <translation>Migration %1 fehlt</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>Migration %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot create data directory %1</source>
        <translation>Datenverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>no RayCstr database in %1</source>
        <translation>keine RayCstr-Datenbank in %1</translation>
    </message>
    <message>
        <source>database schema version %1, expected %2: start the server once to migrate it</source>
        <translation>Datenbank-Schemaversion %1, erwartet %2: Starten Sie den Server einmal, um sie zu migrieren</translation>
    </message>
    <message>
        <source>the database %1 is damaged (%2). Stop every RayCstr that uses it, then either restore your latest backup to %1, or move the damaged file aside to start with an empty database: rename %1 (and %1-wal, %1-shm if present) to %1.damaged</source>
        <translation>die Datenbank %1 ist beschädigt (%2). Stoppen Sie jedes RayCstr, das sie benutzt, und stellen Sie dann entweder Ihre letzte Sicherung nach %1 wieder her oder schieben Sie die beschädigte Datei beiseite, um mit einer leeren Datenbank zu beginnen: benennen Sie %1 (und %1-wal, %1-shm, falls vorhanden) in %1.damaged um</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not RayCstr&apos;s: point --data at another directory, or move that file away</source>
        <translation>%1 ist eine SQLite-Datenbank, aber nicht die von RayCstr: geben Sie mit --data ein anderes Verzeichnis an oder verschieben Sie die Datei</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), and RayCstr did not create it so: a failed copy or restore leaves such a file. Restore your latest backup to %1; or, to start with an empty database, delete %1</source>
        <translation>%1 ist leer (0 Byte), und RayCstr hat sie nicht so angelegt: eine fehlgeschlagene Kopie oder Wiederherstellung hinterlässt eine solche Datei. Stellen Sie Ihre letzte Sicherung nach %1 wieder her oder löschen Sie %1, um mit einer leeren Datenbank zu beginnen</translation>
    </message>
</context>
<context>
    <name>raycstr::ExportCli</name>
    <message>
        <source>  export --site DOMAIN --out FILE.zip [--period 30d] [--filter F]
                        The reports as CSV files in Plausible&apos;s export layout.
</source>
        <translation>  export --site DOMAIN --out FILE.zip [--period 30d] [--filter F]
                        Die Berichte als CSV-Dateien im Exportformat von Plausible.
</translation>
    </message>
    <message>
        <source>Write a site&apos;s reports as the CSV files of Plausible&apos;s export (imported_visitors, imported_sources, imported_pages, …), one row per day and value, into a zip archive. Runs while the server runs.</source>
        <translation>Die Berichte einer Website als CSV-Dateien des Plausible-Exports (imported_visitors, imported_sources, imported_pages, …), eine Zeile je Tag und Wert, in ein ZIP-Archiv schreiben. Läuft auch bei laufendem Server.</translation>
    </message>
    <message>
        <source>The site (its domain).</source>
        <translation>Die Website (ihre Domain).</translation>
    </message>
    <message>
        <source>The zip file to write.</source>
        <translation>Die zu schreibende ZIP-Datei.</translation>
    </message>
    <message>
        <source>day, 7d, 30d (default), 90d, month, 12mo or custom (with --from and --to).</source>
        <translation>day, 7d, 30d (Standard), 90d, month, 12mo oder custom (mit --from und --to).</translation>
    </message>
    <message>
        <source>The reference day (YYYY-MM-DD) for day, month and the last-N periods.</source>
        <translation>Der Bezugstag (JJJJ-MM-TT) für day, month und die Zeiträume der letzten N Tage.</translation>
    </message>
    <message>
        <source>First day of a custom period.</source>
        <translation>Erster Tag eines eigenen Zeitraums.</translation>
    </message>
    <message>
        <source>Last day of a custom period.</source>
        <translation>Letzter Tag eines eigenen Zeitraums.</translation>
    </message>
    <message>
        <source>A filter as the stats API takes it (page*=/blog/**); repeatable.</source>
        <translation>Ein Filter wie in der Statistik-API (page*=/blog/**); wiederholbar.</translation>
    </message>
    <message>
        <source>Add the period&apos;s raw events as csv or ndjson (no IPs, no User-Agents, no visitor hashes: none are stored).</source>
        <translation>Die Rohereignisse des Zeitraums als csv oder ndjson beifügen (keine IPs, keine User-Agents, keine Besucher-Hashes: nichts davon wird gespeichert).</translation>
    </message>
    <message>
        <source>export needs --site DOMAIN and --out FILE.zip</source>
        <translation>export braucht --site DOMAIN und --out FILE.zip</translation>
    </message>
    <message>
        <source>--events takes csv or ndjson, not &apos;%1&apos;</source>
        <translation>--events erwartet csv oder ndjson, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no site %1 (see &apos;site list&apos;)</source>
        <translation>keine Website %1 (siehe &apos;site list&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>raycstr::Ga4BigQueryReader</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>expected a JSON object (one row of an events_ table per line)</source>
        <translation>ein JSON-Objekt erwartet (eine Zeile einer events_-Tabelle pro Zeile)</translation>
    </message>
    <message>
        <source>event_name: missing or not a string (is this GA4&apos;s BigQuery export, events_YYYYMMDD, as newline-delimited JSON?)</source>
        <translation>event_name: fehlt oder ist kein String (ist das der BigQuery-Export von GA4, events_YYYYMMDD, als zeilenweises JSON?)</translation>
    </message>
    <message>
        <source>event_timestamp: expected microseconds since 1970 (a whole number)</source>
        <translation>event_timestamp: Mikrosekunden seit 1970 erwartet (eine ganze Zahl)</translation>
    </message>
    <message>
        <source>event_params: expected an array of {key, value}</source>
        <translation>event_params: ein Array aus {key, value} erwartet</translation>
    </message>
    <message>
        <source>event_params[%1].key: missing or not a string</source>
        <translation>event_params[%1].key: fehlt oder ist kein String</translation>
    </message>
    <message>
        <source>no rows: expected GA4&apos;s BigQuery export (events_YYYYMMDD) as newline-delimited JSON</source>
        <translation>keine Zeilen: erwartet wird der BigQuery-Export von GA4 (events_YYYYMMDD) als zeilenweises JSON</translation>
    </message>
</context>
<context>
    <name>raycstr::Ga4ReportReader</name>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>no .json files in this folder</source>
        <translation>keine .json-Dateien in diesem Ordner</translation>
    </message>
    <message>
        <source>not a zip archive (%1)</source>
        <translation>kein Zip-Archiv (%1)</translation>
    </message>
    <message>
        <source>no .json files in this zip</source>
        <translation>keine .json-Dateien in diesem Zip</translation>
    </message>
    <message>
        <source>no temporary folder: %1</source>
        <translation>kein temporärer Ordner: %1</translation>
    </message>
    <message>
        <source>this report has %1 rows (rowCount) but its files hold %2: a page is missing. Fetch every page (offset 0, limit, offset limit, …) or ask for a limit above rowCount.</source>
        <translation>dieser Bericht hat %1 Zeilen (rowCount), seine Dateien enthalten aber %2: eine Seite fehlt. Rufen Sie jede Seite ab (offset 0, limit, offset limit, …) oder fragen Sie mit einem limit über rowCount.</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>larger than %1 MB: save the report in pages (limit and offset)</source>
        <translation>größer als %1 MB: speichern Sie den Bericht seitenweise (limit und offset)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>no dimensionHeaders and metricHeaders: is this the JSON answer of GA4&apos;s runReport (Data API, Query Explorer)?</source>
        <translation>keine dimensionHeaders und metricHeaders: ist das die JSON-Antwort von runReport in GA4 (Data API, Query Explorer)?</translation>
    </message>
    <message>
        <source>the report has no &apos;date&apos; dimension (it has: %1): RayCstr imports daily sums, so run the report with date as its first dimension</source>
        <translation>der Bericht hat keine Dimension &apos;date&apos; (er hat: %1): RayCstr importiert Tagessummen, führen Sie den Bericht also mit date als erster Dimension aus</translation>
    </message>
    <message>
        <source>dimension &apos;%1&apos; is not one RayCstr imports (see README, &quot;Google Analytics 4&quot;, for the reports to run)</source>
        <translation>die Dimension &apos;%1&apos; importiert RayCstr nicht (siehe README, „Google Analytics 4“, für die auszuführenden Berichte)</translation>
    </message>
    <message>
        <source>dimension &apos;%1&apos; is a second breakdown: run one report per breakdown (date plus pages, or sources, or countries, …)</source>
        <translation>die Dimension &apos;%1&apos; ist eine zweite Aufschlüsselung: führen Sie einen Bericht pro Aufschlüsselung aus (date plus Seiten, oder Quellen, oder Länder, …)</translation>
    </message>
    <message>
        <source>a pages report needs pagePath (hostName alone is not a page)</source>
        <translation>ein Seitenbericht braucht pagePath (hostName allein ist keine Seite)</translation>
    </message>
    <message>
        <source>none of the metrics RayCstr imports is in the report (it has: %1; expected totalUsers, sessions, screenPageViews, bounces, userEngagementDuration or, by eventName, eventCount)</source>
        <translation>keine der Metriken, die RayCstr importiert, ist im Bericht (er hat: %1; erwartet: totalUsers, sessions, screenPageViews, bounces, userEngagementDuration oder, nach eventName, eventCount)</translation>
    </message>
    <message>
        <source>%1 rows, more than rowCount (%2)</source>
        <translation>%1 Zeilen, mehr als rowCount (%2)</translation>
    </message>
    <message>
        <source>%1 values, but the header has %2 dimensions</source>
        <translation>%1 Werte, aber der Kopf hat %2 Dimensionen</translation>
    </message>
    <message>
        <source>%1 values, but the header has %2 metrics</source>
        <translation>%1 Werte, aber der Kopf hat %2 Metriken</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>ein String erwartet</translation>
    </message>
    <message>
        <source>not a date (YYYYMMDD): &apos;%1&apos;</source>
        <translation>kein Datum (YYYYMMDD): &apos;%1&apos;</translation>
    </message>
    <message>
        <source>this row (%1) was in an earlier file or report already: the same page or date range twice would be counted twice</source>
        <translation>diese Zeile (%1) stand schon in einer früheren Datei oder einem früheren Bericht: dieselbe Seite oder derselbe Zeitraum zweimal würde doppelt gezählt</translation>
    </message>
    <message>
        <source>expected a number ≥ 0 as a string for %1</source>
        <translation>eine Zahl ≥ 0 als String für %1 erwartet</translation>
    </message>
</context>
<context>
    <name>raycstr::GoalCli</name>
    <message>
        <source>The site (its domain); may be left out when there is only one.</source>
        <translation>Die Website (ihre Domain); kann entfallen, wenn es nur eine gibt.</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>  goal add --event NAME | --page PATTERN   Count conversions of a custom event or of
                        pageviews matching /blog/* (one segment) or /docs/** (any).
  goal list | goal remove ID|NAME
  funnel add --file FUNNEL.yaml   Save a funnel (the YAML form; see README).
  funnel list | show ID|NAME | remove ID|NAME
                        Goal and funnel commands take --site DOMAIN.
</source>
        <translation>  goal add --event NAME | --page PATTERN   Conversions eines benutzerdefinierten
                        Ereignisses oder von Seitenaufrufen auf /blog/* (ein Segment)
                        oder /docs/** (alles) zählen.
  goal list | goal remove ID|NAME
  funnel add --file FUNNEL.yaml   Einen Trichter speichern (die YAML-Form; siehe README).
  funnel list | show ID|NAME | remove ID|NAME
                        Ziel- und Trichterbefehle nehmen --site DOMAIN an.
</translation>
    </message>
    <message>
        <source>no site %1 (see &apos;site list&apos;)</source>
        <translation>keine Website %1 (siehe &apos;site list&apos;)</translation>
    </message>
    <message>
        <source>no sites yet: add one with &apos;site add DOMAIN&apos;</source>
        <translation>noch keine Websites: Fügen Sie eine mit &apos;site add DOMAIN&apos; hinzu</translation>
    </message>
    <message>
        <source>which site? give --site DOMAIN (there are %1)</source>
        <translation>welche Website? Geben Sie --site DOMAIN an (es gibt %1)</translation>
    </message>
    <message>
        <source>Manage a site&apos;s goals: conversions of a custom event, or of pageviews whose path matches a pattern.

  add (--event NAME | --page PATTERN) [--name TEXT]   add a goal
  list [--json]                                       list goals
  remove ID|NAME                                      remove a goal</source>
        <translation>Die Ziele einer Website verwalten: Conversions eines benutzerdefinierten Ereignisses oder von Seitenaufrufen, deren Pfad einem Muster entspricht.

  add (--event NAME | --page PATTERN) [--name TEXT]   Ziel hinzufügen
  list [--json]                                       Ziele auflisten
  remove ID|NAME                                      Ziel entfernen</translation>
    </message>
    <message>
        <source>add, list or remove</source>
        <translation>add, list oder remove</translation>
    </message>
    <message>
        <source>ID or name (remove)</source>
        <translation>ID oder Name (remove)</translation>
    </message>
    <message>
        <source>A custom event&apos;s name.</source>
        <translation>Der Name eines benutzerdefinierten Ereignisses.</translation>
    </message>
    <message>
        <source>A path pattern: /pricing, /blog/* or /docs/**.</source>
        <translation>Ein Pfadmuster: /pricing, /blog/* oder /docs/**.</translation>
    </message>
    <message>
        <source>What reports call it (default: the event or pattern).</source>
        <translation>Wie Berichte es nennen (Standard: das Ereignis oder Muster).</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Die Liste als JSON ausgeben.</translation>
    </message>
    <message>
        <source>goal remove: expected one goal ID or name</source>
        <translation>goal remove: genau eine Ziel-ID oder einen Namen erwartet</translation>
    </message>
    <message>
        <source>goal add: give --event NAME or --page PATTERN</source>
        <translation>goal add: Geben Sie --event NAME oder --page PATTERN an</translation>
    </message>
    <message>
        <source>Added goal %1 &quot;%2&quot; (%3) to %4.
</source>
        <translation>Ziel %1 „%2“ (%3) zu %4 hinzugefügt.
</translation>
    </message>
    <message>
        <source>No goals on %1. Add one with &apos;%2 goal add --event NAME&apos; or &apos;--page /path&apos;.
</source>
        <translation>Keine Ziele auf %1. Fügen Sie eines mit &apos;%2 goal add --event NAME&apos; oder &apos;--page /path&apos; hinzu.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>COUNTS</source>
        <translation>ZÄHLT</translation>
    </message>
    <message>
        <source>no goal &apos;%1&apos; on %2 (see &apos;goal list&apos;)</source>
        <translation>kein Ziel &apos;%1&apos; auf %2 (siehe &apos;goal list&apos;)</translation>
    </message>
    <message>
        <source>Removed goal %1 &quot;%2&quot;.
</source>
        <translation>Ziel %1 „%2“ entfernt.
</translation>
    </message>
    <message>
        <source>Manage a site&apos;s funnels: 2-8 steps (a path pattern or a custom event) matched in order within one visit.

  add --file FILE [--name TEXT] [--replace]   save the YAML form (- for stdin)
  list [--json]                               list funnels
  show ID|NAME [--json]                       print one as YAML (or JSON)
  remove ID|NAME                              remove one

The file:
  name: Sign-up flow
  funnel:
    - step: /
      name: homepage
    - step: /pricing
    - event: Signup</source>
        <translation>Die Trichter einer Website verwalten: 2–8 Schritte (ein Pfadmuster oder ein benutzerdefiniertes Ereignis), in einem Besuch der Reihe nach erreicht.

  add --file FILE [--name TEXT] [--replace]   die YAML-Form speichern (- für stdin)
  list [--json]                               Trichter auflisten
  show ID|NAME [--json]                       einen als YAML (oder JSON) ausgeben
  remove ID|NAME                              einen entfernen

Die Datei:
  name: Registrierung
  funnel:
    - step: /
      name: Startseite
    - step: /pricing
    - event: Signup</translation>
    </message>
    <message>
        <source>add, list, show or remove</source>
        <translation>add, list, show oder remove</translation>
    </message>
    <message>
        <source>ID or name (show, remove)</source>
        <translation>ID oder Name (show, remove)</translation>
    </message>
    <message>
        <source>The funnel&apos;s YAML file (- for stdin).</source>
        <translation>Die YAML-Datei des Trichters (- für stdin).</translation>
    </message>
    <message>
        <source>The funnel&apos;s name when the file has none (or to rename).</source>
        <translation>Der Name des Trichters, wenn die Datei keinen hat (oder zum Umbenennen).</translation>
    </message>
    <message>
        <source>Overwrite a funnel of the same name (keeps its id).</source>
        <translation>Einen gleichnamigen Trichter überschreiben (behält seine ID).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>funnel %1: expected one funnel ID or name</source>
        <translation>funnel %1: genau eine Trichter-ID oder einen Namen erwartet</translation>
    </message>
    <message>
        <source>funnel add: give --file FUNNEL.yaml (or --file - for stdin)</source>
        <translation>funnel add: Geben Sie --file FUNNEL.yaml an (oder --file - für stdin)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>stdin</source>
        <translation>stdin</translation>
    </message>
    <message>
        <source>%1 has no &apos;name:&apos;; give one with --name</source>
        <translation>%1 hat kein &apos;name:&apos;; geben Sie einen mit --name an</translation>
    </message>
    <message>
        <source>(use --replace to overwrite it)</source>
        <translation>(mit --replace überschreiben)</translation>
    </message>
    <message>
        <source>Saved funnel %1 &quot;%2&quot; (%3 steps) on %4.
</source>
        <translation>Trichter %1 „%2“ (%3 Schritte) auf %4 gespeichert.
</translation>
    </message>
    <message>
        <source>No funnels on %1. Add one with &apos;%2 funnel add --file FUNNEL.yaml&apos;.
</source>
        <translation>Keine Trichter auf %1. Fügen Sie einen mit &apos;%2 funnel add --file FUNNEL.yaml&apos; hinzu.
</translation>
    </message>
    <message>
        <source>STEPS</source>
        <translation>SCHRITTE</translation>
    </message>
    <message>
        <source>no funnel &apos;%1&apos; on %2 (see &apos;funnel list&apos;)</source>
        <translation>kein Trichter &apos;%1&apos; auf %2 (siehe &apos;funnel list&apos;)</translation>
    </message>
    <message>
        <source>Removed funnel %1 &quot;%2&quot;.
</source>
        <translation>Trichter %1 „%2“ entfernt.
</translation>
    </message>
</context>
<context>
    <name>raycstr::GoatCounterReader</name>
    <message>
        <source>empty file: expected GoatCounter&apos;s CSV header</source>
        <translation>leere Datei: GoatCounters CSV-Kopfzeile erwartet</translation>
    </message>
    <message>
        <source>not a GoatCounter CSV export (the header should start with &apos;2Path&apos;)</source>
        <translation>kein CSV-Export von GoatCounter (die Kopfzeile sollte mit &apos;2Path&apos; beginnen)</translation>
    </message>
    <message>
        <source>GoatCounter export format version %1: only version 2 is read</source>
        <translation>GoatCounter-Exportformat Version %1: nur Version 2 wird gelesen</translation>
    </message>
    <message>
        <source>expected the column &apos;%1&apos; here</source>
        <translation>hier wurde die Spalte &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 Felder erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>not a date: &apos;%1&apos;</source>
        <translation>kein Datum: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected true or false, found &apos;%1&apos;</source>
        <translation>true oder false erwartet, &apos;%1&apos; gefunden</translation>
    </message>
</context>
<context>
    <name>raycstr::HitSorter</name>
    <message>
        <source>cannot write a temporary file in %1: %2</source>
        <translation>in %1 kann keine temporäre Datei geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write a temporary file in %1</source>
        <translation>in %1 kann keine temporäre Datei geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write a temporary file in %1 (disk full?)</source>
        <translation>in %1 kann keine temporäre Datei geschrieben werden (Datenträger voll?)</translation>
    </message>
    <message>
        <source>cannot read a temporary file of the import</source>
        <translation>eine temporäre Datei des Imports kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>a temporary file of the import is damaged</source>
        <translation>eine temporäre Datei des Imports ist beschädigt</translation>
    </message>
</context>
<context>
    <name>raycstr::ImportCli</name>
    <message>
        <source>Files to import, or list / undo.</source>
        <translation>Zu importierende Dateien, oder list / undo.</translation>
    </message>
    <message>
        <source>The site (its domain).</source>
        <translation>Die Website (ihre Domain).</translation>
    </message>
    <message>
        <source>Access logs: combined (default), common, or an nginx log_format string.</source>
        <translation>Access-Logs: combined (Standard), common oder ein nginx-log_format.</translation>
    </message>
    <message>
        <source>import list: print JSON.</source>
        <translation>import list: JSON ausgeben.</translation>
    </message>
    <message>
        <source>import list takes no arguments</source>
        <translation>import list nimmt keine Argumente</translation>
    </message>
    <message>
        <source>import undo: expected one import ID</source>
        <translation>import undo: eine Import-ID erwartet</translation>
    </message>
    <message>
        <source>import: which files?</source>
        <translation>import: welche Dateien?</translation>
    </message>
    <message>
        <source>import: give --site DOMAIN</source>
        <translation>import: --site DOMAIN angeben</translation>
    </message>
    <message>
        <source>import --from goatcounter takes one export file</source>
        <translation>import --from goatcounter nimmt eine Exportdatei</translation>
    </message>
    <message>
        <source>%1
Stop the server first: an import needs the data directory to itself.</source>
        <translation>%1
Stoppen Sie zuerst den Server: Ein Import braucht das Datenverzeichnis für sich allein.</translation>
    </message>
    <message>
        <source>no site %1 (see &apos;site list&apos;; add it with &apos;site add&apos;)</source>
        <translation>keine Website %1 (siehe &apos;site list&apos;; hinzufügen mit &apos;site add&apos;)</translation>
    </message>
    <message>
        <source>No imports yet.
</source>
        <translation>Noch keine Importe.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>WEBSITE</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>EREIGNISSE</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>DATEIEN</translation>
    </message>
    <message>
        <source>no import %1 (see &apos;import list&apos;)</source>
        <translation>kein Import %1 (siehe &apos;import list&apos;)</translation>
    </message>
    <message>
        <source>import %1 is already gone (%2)</source>
        <translation>Import %1 ist schon weg (%2)</translation>
    </message>
    <message>
        <source>Removed import %1: %2 events.
</source>
        <translation>Import %1 entfernt: %2 Ereignisse.
</translation>
    </message>
    <message>
        <source>Resumed import %1 (finished days kept).
</source>
        <translation>Import %1 fortgesetzt (fertige Tage behalten).
</translation>
    </message>
    <message>
        <source>Replaced import %1 (the same files).
</source>
        <translation>Import %1 ersetzt (dieselben Dateien).
</translation>
    </message>
    <message>
        <source>Stopped: import %1 kept its finished days. Run the same command again to finish it, or &apos;import undo %1&apos; to remove it.
</source>
        <translation>Angehalten: Import %1 hat seine fertigen Tage behalten. Führen Sie denselben Befehl noch einmal aus, um ihn abzuschließen, oder &apos;import undo %1&apos;, um ihn zu entfernen.
</translation>
    </message>
    <message>
        <source>%1
Nothing of this import was kept.</source>
        <translation>%1
Von diesem Import wurde nichts behalten.</translation>
    </message>
    <message>
        <source>Import %1 into %2 done in %3 s: %4 rows read, %5 events written.
</source>
        <translation>Import %1 in %2 fertig in %3 s: %4 Zeilen gelesen, %5 Ereignisse geschrieben.
</translation>
    </message>
    <message>
        <source>Days: %1 to %2.
</source>
        <translation>Tage: %1 bis %2.
</translation>
    </message>
    <message>
        <source>Skipped: %1.
</source>
        <translation>Übersprungen: %1.
</translation>
    </message>
    <message>
        <source>Left out %1 days that already had data (cut-over).
</source>
        <translation>%1 Tage ausgelassen, die schon Daten hatten (Umstellung).
</translation>
    </message>
    <message>
        <source>import --from plausible takes one export (zip or folder)</source>
        <translation>import --from plausible nimmt einen Export (Zip oder Ordner)</translation>
    </message>
    <message>
        <source>Import %1 into %2 done in %3 s: %4 rows read, %5 daily aggregates written.
</source>
        <translation>Import %1 in %2 fertig in %3 s: %4 Zeilen gelesen, %5 Tagessummen geschrieben.
</translation>
    </message>
    <message>
        <source>import: give --from %1</source>
        <translation>import: geben Sie --from %1 an</translation>
    </message>
    <message>
        <source>Stopped before anything was written.
</source>
        <translation>Angehalten, bevor etwas geschrieben wurde.
</translation>
    </message>
    <message>
        <source>Plausible&apos;s Stats API: the server&apos;s address (https://plausible.io or your own).</source>
        <translation>Stats API von Plausible: die Adresse des Servers (https://plausible.io oder Ihr eigener).</translation>
    </message>
    <message>
        <source>Plausible&apos;s Stats API key (visible in ps: prefer --api-key-file or RAYCSTR_PLAUSIBLE_API_KEY).</source>
        <translation>Schlüssel für die Stats API von Plausible (in ps sichtbar: besser --api-key-file oder RAYCSTR_PLAUSIBLE_API_KEY).</translation>
    </message>
    <message>
        <source>A file holding Plausible&apos;s Stats API key.</source>
        <translation>Eine Datei mit dem Schlüssel für die Stats API von Plausible.</translation>
    </message>
    <message>
        <source>Plausible&apos;s Stats API: the first day (default 2019-01-01).</source>
        <translation>Stats API von Plausible: der erste Tag (Standard 2019-01-01).</translation>
    </message>
    <message>
        <source>Plausible&apos;s Stats API: the last day (default yesterday).</source>
        <translation>Stats API von Plausible: der letzte Tag (Standard gestern).</translation>
    </message>
    <message>
        <source>Plausible&apos;s Stats API version: v2 or v1 (default: v2 where the server has it).</source>
        <translation>Version der Stats API von Plausible: v2 oder v1 (Standard: v2, wo der Server sie hat).</translation>
    </message>
    <message>
        <source>Plausible&apos;s Stats API: at most N requests an hour (default 600, Plausible&apos;s limit; 0: no pacing).</source>
        <translation>Stats API von Plausible: höchstens N Anfragen pro Stunde (Standard 600, das Limit von Plausible; 0: ohne Drosselung).</translation>
    </message>
    <message>
        <source>import --from plausible --url pulls from the Stats API: give no files</source>
        <translation>import --from plausible --url holt die Daten über die Stats API: keine Dateien angeben</translation>
    </message>
    <message>
        <source>warning: --api-key is visible to other users of this machine (ps); prefer --api-key-file FILE or RAYCSTR_PLAUSIBLE_API_KEY
</source>
        <translation>Warnung: --api-key ist für andere Benutzer dieses Rechners sichtbar (ps); besser --api-key-file FILE oder RAYCSTR_PLAUSIBLE_API_KEY
</translation>
    </message>
    <message>
        <source>cannot read the API key file %1: %2</source>
        <translation>die Schlüsseldatei %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>the API key file %1 is empty</source>
        <translation>die Schlüsseldatei %1 ist leer</translation>
    </message>
    <message>
        <source>import --from plausible --url: give the Stats API key with --api-key-file FILE, RAYCSTR_PLAUSIBLE_API_KEY or --api-key KEY</source>
        <translation>import --from plausible --url: den Schlüssel für die Stats API mit --api-key-file FILE, RAYCSTR_PLAUSIBLE_API_KEY oder --api-key KEY angeben</translation>
    </message>
    <message>
        <source>the API key must be one line</source>
        <translation>der Schlüssel muss eine einzige Zeile sein</translation>
    </message>
    <message>
        <source>--url: expected the server&apos;s address, like https://plausible.io</source>
        <translation>--url: erwartet wird die Adresse des Servers, etwa https://plausible.io</translation>
    </message>
    <message>
        <source>warning: %1 is plain HTTP: the API key travels unencrypted
</source>
        <translation>Warnung: %1 ist unverschlüsseltes HTTP: der Schlüssel wird im Klartext übertragen
</translation>
    </message>
    <message>
        <source>--from-date: expected YYYY-MM-DD</source>
        <translation>--from-date: erwartet wird JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>--to-date: expected YYYY-MM-DD</source>
        <translation>--to-date: erwartet wird JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>--from-date %1 is after --to-date %2</source>
        <translation>--from-date %1 liegt nach --to-date %2</translation>
    </message>
    <message>
        <source>--api: expected v1 or v2</source>
        <translation>--api: erwartet wird v1 oder v2</translation>
    </message>
    <message>
        <source>--requests-per-hour: expected a whole number ≥ 0</source>
        <translation>--requests-per-hour: erwartet wird eine ganze Zahl ≥ 0</translation>
    </message>
    <message>
        <source>%1
Nothing of this import was written.</source>
        <translation>%1
Von diesem Import wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Plausible Stats API %1 at %2: %3 days with traffic from %4 to %5.
</source>
        <translation>Plausible Stats API %1 auf %2: %3 Tage mit Besuchen von %4 bis %5.
</translation>
    </message>
    <message>
        <source>%1
Import %2 kept its finished days: run the same command again to resume it, or &apos;import undo %2&apos; to remove it.</source>
        <translation>%1
Import %2 hat seine fertigen Tage behalten: derselbe Befehl noch einmal setzt ihn fort, &apos;import undo %2&apos; entfernt ihn.</translation>
    </message>
    <message>
        <source>%1 requests to %2 (%3 s waiting for its rate limit).
</source>
        <translation>%1 Anfragen an %2 (%3 s Warten auf sein Anfragelimit).
</translation>
    </message>
    <message>
        <source>  import --from access-log|goatcounter|plausible|google-analytics|ga4-bigquery
         --site DOMAIN FILE...
  import --from umami --database postgres://USER@HOST:PORT/DB --site DOMAIN
                        Import history (server stopped); see &apos;import --help&apos;.
  import list | import undo ID
</source>
        <translation>  import --from access-log|goatcounter|plausible|google-analytics|ga4-bigquery
         --site DOMAIN FILE...
  import --from umami --database postgres://USER@HOST:PORT/DB --site DOMAIN
                        Verlauf importieren (Server gestoppt); siehe &apos;import --help&apos;.
  import list | import undo ID
</translation>
    </message>
    <message>
        <source>The source: access-log, goatcounter, plausible, google-analytics, ga4-bigquery or umami.</source>
        <translation>Die Quelle: access-log, goatcounter, plausible, google-analytics, ga4-bigquery oder umami.</translation>
    </message>
    <message>
        <source>Umami: its PostgreSQL database, postgres://USER@HOST:PORT/DB (no password: PGPASSWORD or ~/.pgpass).</source>
        <translation>Umami: seine PostgreSQL-Datenbank, postgres://USER@HOST:PORT/DB (ohne Passwort: PGPASSWORD oder ~/.pgpass).</translation>
    </message>
    <message>
        <source>Umami: the website&apos;s ID (default: the one with the site&apos;s domain).</source>
        <translation>Umami: die ID der Website (Standard: die mit der Domain der Website).</translation>
    </message>
    <message>
        <source>import --from umami reads a database, not files: give --database postgres://USER@HOST:PORT/DB</source>
        <translation>import --from umami liest eine Datenbank, keine Dateien: --database postgres://USER@HOST:PORT/DB angeben</translation>
    </message>
    <message>
        <source>import --from umami: give --database postgres://USER@HOST:PORT/DB</source>
        <translation>import --from umami: --database postgres://USER@HOST:PORT/DB angeben</translation>
    </message>
    <message>
        <source>Import history into a site, through the same privacy pipeline as live hits.

  --from access-log --site DOMAIN [--log-format F] FILE...
      nginx/Apache logs (combined, common or an nginx log_format), plain or .gz
  --from goatcounter --site DOMAIN EXPORT.csv
      GoatCounter&apos;s CSV export (format version 2)
  --from plausible --site DOMAIN EXPORT.zip|FOLDER
      Plausible&apos;s CSV export (daily aggregates, merged into the reports)
  --from plausible --site DOMAIN --url https://plausible.io [--from-date D]
      [--to-date D]   Plausible&apos;s Stats API (v2, else v1), a day at a time; the
      key from --api-key-file F or RAYCSTR_PLAUSIBLE_API_KEY (--api-key KEY
      works too, but other users see it in ps)
  --from google-analytics --site DOMAIN REPORT.json|FOLDER|ZIP...
      GA4 Data API reports (runReport JSON; daily aggregates)
  --from ga4-bigquery --site DOMAIN EVENTS.ndjson[.gz]...
      GA4&apos;s BigQuery export as newline-delimited JSON (raw events)
  --from umami --database postgres://USER@HOST:PORT/DB --site DOMAIN [--website ID]
      Umami&apos;s PostgreSQL database, read-only (raw events); the password from
      PGPASSWORD or ~/.pgpass, never on the command line
  list [--site DOMAIN] [--json]   the imports and what they wrote
  undo ID                         remove an import&apos;s events and days

Days that already hold data are left out (cut-over), and so is today. The same files again replace the earlier import; after Ctrl+C the same command finishes the run. The server must be stopped while importing.</source>
        <translation>Verlauf in eine Website importieren, durch dieselbe Datenschutz-Pipeline wie Live-Aufrufe.

  --from access-log --site DOMAIN [--log-format F] FILE...
      nginx/Apache-Logs (combined, common oder ein nginx-log_format), unkomprimiert oder .gz
  --from goatcounter --site DOMAIN EXPORT.csv
      CSV-Export von GoatCounter (Formatversion 2)
  --from plausible --site DOMAIN EXPORT.zip|FOLDER
      CSV-Export von Plausible (Tagessummen, in die Berichte eingerechnet)
  --from plausible --site DOMAIN --url https://plausible.io [--from-date D]
      [--to-date D]   Stats API von Plausible (v2, sonst v1), Tag für Tag; der
      Schlüssel aus --api-key-file F oder RAYCSTR_PLAUSIBLE_API_KEY (--api-key KEY
      geht auch, aber andere Benutzer sehen ihn in ps)
  --from google-analytics --site DOMAIN REPORT.json|FOLDER|ZIP...
      Berichte der GA4 Data API (runReport-JSON; Tagessummen)
  --from ga4-bigquery --site DOMAIN EVENTS.ndjson[.gz]...
      BigQuery-Export von GA4 als zeilenweises JSON (Rohereignisse)
  --from umami --database postgres://USER@HOST:PORT/DB --site DOMAIN [--website ID]
      Umamis PostgreSQL-Datenbank, nur lesend (Rohereignisse); das Passwort aus
      PGPASSWORD oder ~/.pgpass, nie auf der Befehlszeile
  list [--site DOMAIN] [--json]   die Importe und was sie geschrieben haben
  undo ID                         Ereignisse und Tage eines Imports entfernen

Tage, die schon Daten haben, werden ausgelassen (Cut-over), ebenso heute. Dieselben Dateien noch einmal ersetzen den früheren Import; nach Strg+C beendet derselbe Befehl den Lauf. Der Server muss während des Imports gestoppt sein.</translation>
    </message>
</context>
<context>
    <name>raycstr::ImportJob</name>
    <message>
        <source>--log-format, column %1: %2</source>
        <translation>--log-format, Spalte %1: %2</translation>
    </message>
    <message>
        <source>unknown import source &apos;%1&apos; (one of: %2)</source>
        <translation>unbekannte Importquelle „%1“ (eine von: %2)</translation>
    </message>
    <message>
        <source>Reading %1 rows of Umami&apos;s website %2 (read-only).</source>
        <translation>Lese %1 Zeilen von Umamis Website %2 (nur lesend).</translation>
    </message>
</context>
<context>
    <name>raycstr::Importer</name>
    <message>
        <source>removing the earlier import %1 failed: %2</source>
        <translation>das Entfernen des früheren Imports %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>raycstr::InputFile</name>
    <message>
        <source>cannot read the file</source>
        <translation>die Datei ist nicht lesbar</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>die Datei lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>damaged or unreadable: %1</source>
        <translation>beschädigt oder unlesbar: %1</translation>
    </message>
    <message>
        <source>damaged or unreadable: the gzip data ends too early</source>
        <translation>beschädigt oder unlesbar: die gzip-Daten enden zu früh</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 bytes</source>
        <translation>Zeile %1 ist länger als %2 Bytes</translation>
    </message>
</context>
<context>
    <name>raycstr::LogFormat</name>
    <message>
        <source>&apos;${&apos; without a closing &apos;}&apos;</source>
        <translation>&apos;${&apos; ohne schließendes &apos;}&apos;</translation>
    </message>
    <message>
        <source>&apos;$&apos; without a variable name</source>
        <translation>&apos;$&apos; ohne Variablennamen</translation>
    </message>
    <message>
        <source>two variables side by side: put some text between them</source>
        <translation>zwei Variablen direkt nebeneinander: setzen Sie etwas Text dazwischen</translation>
    </message>
    <message>
        <source>the format has no time ($time_local, $time_iso8601 or $msec)</source>
        <translation>das Format hat keine Zeit ($time_local, $time_iso8601 oder $msec)</translation>
    </message>
    <message>
        <source>the format has no request ($request or $request_uri)</source>
        <translation>das Format hat keine Anfrage ($request oder $request_uri)</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos; here (does --log-format match the file?)</source>
        <translation>hier wurde &apos;%1&apos; erwartet (passt --log-format zur Datei?)</translation>
    </message>
    <message>
        <source>unexpected text after the last field</source>
        <translation>unerwarteter Text nach dem letzten Feld</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos; after this field</source>
        <translation>nach diesem Feld wurde &apos;%1&apos; erwartet</translation>
    </message>
</context>
<context>
    <name>raycstr::MigrateCli</name>
    <message>
        <source>  migrate --to clickhouse://user@host:8123/db
                        Copy the stored events to ClickHouse (server stopped);
                        see &apos;migrate --help&apos;.
</source>
        <translation>  migrate --to clickhouse://user@host:8123/db
                        Die gespeicherten Ereignisse nach ClickHouse kopieren
                        (Server gestoppt); siehe &apos;migrate --help&apos;.
</translation>
    </message>
    <message>
        <source>Copy every stored event and drop count of every site from the data directory&apos;s SQLite file to ClickHouse, day by day, then compare the counts per site and day (events, pageviews, visitors, drops).

Sites, API keys, goals, funnels, alerts and imports stay in the SQLite file, where &apos;serve --store URL&apos; reads them. Salts are not copied: ClickHouse makes its own, so a visitor seen on the day of the switch counts once more. Days whose raw events expired (retention_days) and that only the daily sums still hold cannot be copied; they are counted.

The password comes from store_password in the config file or RAYCSTR_STORE_PASSWORD. The server must be stopped. After Ctrl+C the same command goes on where it stopped; running it again copies nothing twice.</source>
        <translation>Alle gespeicherten Ereignisse und Verwurfszähler aller Websites Tag für Tag aus der SQLite-Datei des Datenverzeichnisses nach ClickHouse kopieren und danach die Zahlen je Website und Tag vergleichen (Ereignisse, Seitenaufrufe, Besucher, Verworfene).

Websites, API-Schlüssel, Ziele, Trichter, Alarme und Importe bleiben in der SQLite-Datei, wo &apos;serve --store URL&apos; sie liest. Salts werden nicht kopiert: ClickHouse erzeugt eigene, daher zählt ein am Tag des Wechsels gesehener Besucher einmal mehr. Tage, deren Rohereignisse abgelaufen sind (retention_days) und die nur noch die Tagessummen enthalten, können nicht kopiert werden; sie werden gezählt.

Das Passwort kommt aus store_password in der Konfigurationsdatei oder aus RAYCSTR_STORE_PASSWORD. Der Server muss gestoppt sein. Nach Strg+C setzt derselbe Befehl dort fort, wo er aufgehört hat; ein erneuter Lauf kopiert nichts doppelt.</translation>
    </message>
    <message>
        <source>The ClickHouse store: clickhouse://user@host:8123/database.</source>
        <translation>Der ClickHouse-Speicher: clickhouse://user@host:8123/database.</translation>
    </message>
    <message>
        <source>migrate takes no arguments (got &apos;%1&apos;)</source>
        <translation>migrate nimmt keine Argumente an (erhalten: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>migrate: give --to clickhouse://user@host:8123/database</source>
        <translation>migrate: --to clickhouse://user@host:8123/database angeben</translation>
    </message>
    <message>
        <source>migrate: --to must name a ClickHouse store (clickhouse://user@host:8123/database)</source>
        <translation>migrate: --to muss einen ClickHouse-Speicher nennen (clickhouse://user@host:8123/database)</translation>
    </message>
    <message>
        <source>%1
Stop the server first: migrate needs the data directory to itself.</source>
        <translation>%1
Stoppen Sie zuerst den Server: migrate braucht das Datenverzeichnis für sich allein.</translation>
    </message>
    <message>
        <source>cannot use ClickHouse at %1: %2</source>
        <translation>ClickHouse unter %1 ist nicht nutzbar: %2</translation>
    </message>
    <message>
        <source>Deleted what an interrupted copy had sent (%1 batches); copying those days again.
</source>
        <translation>Was eine unterbrochene Kopie gesendet hatte, wurde gelöscht (%1 Stapel); diese Tage werden erneut kopiert.
</translation>
    </message>
    <message>
        <source>migrate</source>
        <translation>migrate</translation>
    </message>
    <message>
        <source>the copy stopped: %1
The same command again goes on where it stopped.</source>
        <translation>die Kopie wurde abgebrochen: %1
Derselbe Befehl setzt dort fort, wo sie aufgehört hat.</translation>
    </message>
    <message>
        <source>Interrupted after %1 events; the same command again goes on where it stopped.
</source>
        <translation>Nach %1 Ereignissen unterbrochen; derselbe Befehl setzt dort fort, wo er aufgehört hat.
</translation>
    </message>
    <message>
        <source>Copied %1 events in %2 s (%3 events/s).
</source>
        <translation>%1 Ereignisse in %2 s kopiert (%3 Ereignisse/s).
</translation>
    </message>
    <message>
        <source>checking the copy failed: %1</source>
        <translation>die Prüfung der Kopie ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>days to copy</source>
        <translation>zu kopierende Tage</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>days copied before</source>
        <translation>früher kopierte Tage</translation>
    </message>
    <message>
        <source>days with daily sums only</source>
        <translation>Tage nur mit Tagessummen</translation>
    </message>
    <message>
        <source>Checked: events, pageviews, visitors and drop counts agree for every site and day.
Sites, keys, goals, funnels and imports stay in the data directory; serve with --store %1 (or store: in the config file).
</source>
        <translation>Geprüft: Ereignisse, Seitenaufrufe, Besucher und Verwurfszähler stimmen für jede Website und jeden Tag überein.
Websites, Schlüssel, Ziele, Trichter und Importe bleiben im Datenverzeichnis; starten Sie serve mit --store %1 (oder store: in der Konfigurationsdatei).
</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>pageviews</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>Site-days where the counts differ (SQLite ≠ ClickHouse): %1
</source>
        <translation>Website-Tage, an denen die Zahlen abweichen (SQLite ≠ ClickHouse): %1
</translation>
    </message>
    <message>
        <source>%1: %2 days have only daily sums left (their raw events expired); ClickHouse gets their daily sums, not their events.
</source>
        <translation>%1: %2 Tage haben nur noch Tagessummen (ihre Rohereignisse sind abgelaufen); ClickHouse erhält ihre Tagessummen, nicht ihre Ereignisse.
</translation>
    </message>
</context>
<context>
    <name>raycstr::PlausibleApiClient</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>%1 kept answering 429 (too many requests) after %2 tries; lower --requests-per-hour or try again later</source>
        <translation>%1 antwortete nach %2 Versuchen weiter mit 429 (zu viele Anfragen); --requests-per-hour senken oder später erneut versuchen</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 antwortete mit HTTP %2: %3</translation>
    </message>
    <message>
        <source>%1 refused the question (HTTP %2): %3</source>
        <translation>%1 lehnte die Anfrage ab (HTTP %2): %3</translation>
    </message>
    <message>
        <source>the answer from %1 is not JSON (is %2 the address of a Plausible server?): %3</source>
        <translation>die Antwort von %1 ist kein JSON (ist %2 die Adresse eines Plausible-Servers?): %3</translation>
    </message>
    <message>
        <source>%1 redirects to %2 (HTTP %3): give that server as --url</source>
        <translation>%1 leitet nach %2 um (HTTP %3): diesen Server als --url angeben</translation>
    </message>
</context>
<context>
    <name>raycstr::PlausibleApiReader</name>
    <message>
        <source>%1 refused the API key (HTTP %2: %3). Check the key (in Plausible: Account settings → API Keys, a Stats API key) and that its account can see %4.</source>
        <translation>%1 hat den Schlüssel abgelehnt (HTTP %2: %3). Prüfen Sie den Schlüssel (in Plausible: Account settings → API Keys, ein Stats-API-Schlüssel) und ob sein Konto %4 sehen darf.</translation>
    </message>
    <message>
        <source>no site %1 on %2, or no Stats API there (HTTP 404: %3)</source>
        <translation>keine Website %1 auf %2, oder dort keine Stats API (HTTP 404: %3)</translation>
    </message>
</context>
<context>
    <name>raycstr::PlausibleExportReader</name>
    <message>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>not a zip archive (%1): give Plausible&apos;s export zip or the folder it was unpacked into</source>
        <translation>kein Zip-Archiv (%1): geben Sie Plausibles Export-Zip oder den Ordner an, in den es entpackt wurde</translation>
    </message>
    <message>
        <source>two files for %1: %2 and %3 (import one export at a time)</source>
        <translation>zwei Dateien für %1: %2 und %3 (importieren Sie einen Export nach dem anderen)</translation>
    </message>
    <message>
        <source>no imported_*.csv files: is this Plausible&apos;s CSV export (Site settings → Imports &amp; Exports → Export data)?</source>
        <translation>keine imported_*.csv-Dateien: Ist das Plausibles CSV-Export (Site settings → Imports &amp; Exports → Export data)?</translation>
    </message>
    <message>
        <source>no temporary folder: %1</source>
        <translation>kein temporärer Ordner: %1</translation>
    </message>
    <message>
        <source>empty file: expected the header line of %1</source>
        <translation>leere Datei: Kopfzeile von %1 erwartet</translation>
    </message>
    <message>
        <source>no column &apos;%1&apos; in the header (%2 needs date, %3 and visitors)</source>
        <translation>keine Spalte &apos;%1&apos; in der Kopfzeile (%2 braucht date, %3 und visitors)</translation>
    </message>
    <message>
        <source>expected %1 fields (as the header has), found %2</source>
        <translation>%1 Felder erwartet (wie in der Kopfzeile), %2 gefunden</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): &apos;%1&apos;</source>
        <translation>kein Datum (JJJJ-MM-TT): &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a whole number ≥ 0 in %1, found &apos;%2&apos;</source>
        <translation>ganze Zahl ≥ 0 in %1 erwartet, &apos;%2&apos; gefunden</translation>
    </message>
</context>
<context>
    <name>raycstr::PostgresConnection</name>
    <message>
        <source>not a PostgreSQL connection string (postgres://USER@HOST:PORT/DATABASE): %1</source>
        <translation>keine PostgreSQL-Verbindungsangabe (postgres://USER@HOST:PORT/DATABASE): %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <source>the connection string holds a password: leave it out and set PGPASSWORD, or put it in ~/.pgpass (mode 0600) or a file named by PGPASSFILE</source>
        <translation>die Verbindungsangabe enthält ein Passwort: weglassen und PGPASSWORD setzen, oder es in ~/.pgpass (Modus 0600) oder eine von PGPASSFILE genannte Datei schreiben</translation>
    </message>
    <message>
        <source> (set PGPASSWORD, or put the password in ~/.pgpass, mode 0600)</source>
        <translation> (PGPASSWORD setzen oder das Passwort in ~/.pgpass schreiben, Modus 0600)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>the server did not answer</source>
        <translation>der Server hat nicht geantwortet</translation>
    </message>
</context>
<context>
    <name>raycstr::ReportCli</name>
    <message>
        <source>  report send --site DOMAIN --to ADDRESS [--period week|month]
                        E-mail a report now (tests the smtp: settings).
  report preview --site DOMAIN --out FILE.html [--period week|month]
                        Write a report&apos;s HTML to a file.
</source>
        <translation>  report send --site DOMAIN --to ADRESSE [--period week|month]
                        Einen Bericht jetzt per E-Mail senden (prüft die smtp:-Einstellungen).
  report preview --site DOMAIN --out DATEI.html [--period week|month]
                        Das HTML eines Berichts in eine Datei schreiben.
</translation>
    </message>
    <message>
        <source>E-mail reports: the last complete week (Monday to Sunday) or month of a site, in its time zone, as the scheduled reports send them.</source>
        <translation>E-Mail-Berichte: die letzte vollständige Woche (Montag bis Sonntag) oder der letzte vollständige Monat einer Website in ihrer Zeitzone, so wie die geplanten Berichte sie senden.</translation>
    </message>
    <message>
        <source>The site (its domain).</source>
        <translation>Die Website (ihre Domain).</translation>
    </message>
    <message>
        <source>A recipient (send); repeatable.</source>
        <translation>Ein Empfänger (send); wiederholbar.</translation>
    </message>
    <message>
        <source>The HTML file to write (preview).</source>
        <translation>Die zu schreibende HTML-Datei (preview).</translation>
    </message>
    <message>
        <source>week (default) or month.</source>
        <translation>week (Standard) oder month.</translation>
    </message>
    <message>
        <source>The report&apos;s language: en (default), de, fr or es.</source>
        <translation>Die Sprache des Berichts: en (Standard), de, fr oder es.</translation>
    </message>
    <message>
        <source>report %1 needs --site DOMAIN</source>
        <translation>report %1 braucht --site DOMAIN</translation>
    </message>
    <message>
        <source>report send needs --to ADDRESS</source>
        <translation>report send braucht --to ADRESSE</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>report preview needs --out FILE.html</source>
        <translation>report preview braucht --out DATEI.html</translation>
    </message>
    <message>
        <source>--period takes week or month, not &apos;%1&apos;</source>
        <translation>--period nimmt week oder month, nicht „%1“</translation>
    </message>
    <message>
        <source>no smtp: section in the config (see README, &quot;Email reports&quot;); pass it with --config FILE</source>
        <translation>kein smtp:-Abschnitt in der Konfiguration (siehe README, „Email reports“); mit --config DATEI angeben</translation>
    </message>
    <message>
        <source>no site %1 (see &apos;site list&apos;)</source>
        <translation>keine Website %1 (siehe &apos;site list&apos;)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote the %1 report of %2 to %3.</source>
        <translation>Bericht (%1) von %2 nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>the report was not sent: %1</source>
        <translation>der Bericht wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Sent the %1 report of %2 to %3.</source>
        <translation>Bericht (%1) von %2 an %3 gesendet.</translation>
    </message>
</context>
<context>
    <name>raycstr::ServerCli</name>
    <message>
        <source>Every command takes --help, and --lang LANGUAGE (de, fr, es or en; default: the
system&apos;s language, from LANG or LC_MESSAGES).
</source>
        <translation>Jeder Befehl kennt --help und --lang SPRACHE (de, fr, es oder en; Standard: die
Sprache des Systems, aus LANG oder LC_MESSAGES).
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Address and port to listen on (default: 127.0.0.1:8080).</source>
        <translation>Adresse und Port für eingehende Verbindungen (Standard: 127.0.0.1:8080).</translation>
    </message>
    <message>
        <source>serve takes no arguments (got &apos;%1&apos;)</source>
        <translation>serve nimmt keine Argumente an (erhalten: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>RayCstr collecting on http://%1
  data:    %2
  GeoIP:   %3
  sites:   %4
</source>
        <translation>RayCstr erfasst auf http://%1
  Daten:     %2
  GeoIP:     %3
  Websites:  %4
</translation>
    </message>
    <message>
        <source>none (countries unknown)</source>
        <translation>keine (Länder unbekannt)</translation>
    </message>
    <message>
        <source>No sites yet: add one with &apos;%1 site add example.com --data %2&apos;
</source>
        <translation>Noch keine Websites: Fügen Sie eine mit &apos;%1 site add example.com --data %2&apos; hinzu
</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.
</source>
        <translation>Zum Beenden Strg+C drücken.
</translation>
    </message>
    <message>
        <source>Stopped: %1 events stored, %2 bots dropped, %3 hits refused while busy.
</source>
        <translation>Beendet. Gespeicherte Ereignisse: %1, verworfene Bots: %2, wegen Überlastung abgewiesene Aufrufe: %3.
</translation>
    </message>
    <message>
        <source>Manage tracked sites.

  add DOMAIN [--timezone ZONE] [--alias ALIAS]…
                                 start tracking DOMAIN
  list [--json]                  list sites (with their aliases)
  remove DOMAIN                  stop tracking DOMAIN and delete its data
  alias DOMAIN ALIAS             let other trackers name DOMAIN by ALIAS: Umami&apos;s
                                 data-website-id, or the host (or its first label)
                                 a GoatCounter script posts to
  unalias ALIAS                  forget an alias</source>
        <translation>Erfasste Websites verwalten.

  add DOMAIN [--timezone ZONE] [--alias ALIAS]…
                                 DOMAIN erfassen
  list [--json]                  Websites auflisten (mit ihren Aliasen)
  remove DOMAIN                  DOMAIN nicht mehr erfassen und ihre Daten löschen
  alias DOMAIN ALIAS             anderen Trackern erlauben, DOMAIN als ALIAS zu nennen:
                                 Umamis data-website-id oder der Host (oder sein erstes
                                 Label), an den ein GoatCounter-Skript sendet
  unalias ALIAS                  einen Alias vergessen</translation>
    </message>
    <message>
        <source>add, list, remove, alias or unalias</source>
        <translation>add, list, remove, alias oder unalias</translation>
    </message>
    <message>
        <source>The site&apos;s domain, as in data-domain=&quot;…&quot;.</source>
        <translation>Die Domain der Website, wie in data-domain=&quot;…&quot;.</translation>
    </message>
    <message>
        <source>For alias: the alias.</source>
        <translation>Für alias: der Alias.</translation>
    </message>
    <message>
        <source>IANA time zone that decides where the site&apos;s day starts (default: UTC).</source>
        <translation>IANA-Zeitzone, die bestimmt, wann der Tag der Website beginnt (Standard: UTC).</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Die Liste als JSON ausgeben.</translation>
    </message>
    <message>
        <source>For add: an alias of the new site (repeatable).</source>
        <translation>Für add: ein Alias der neuen Website (wiederholbar).</translation>
    </message>
    <message>
        <source>site %1: expected exactly one DOMAIN</source>
        <translation>site %1: genau eine DOMAIN erwartet</translation>
    </message>
    <message>
        <source>site alias: expected DOMAIN and ALIAS</source>
        <translation>site alias: DOMAIN und ALIAS erwartet</translation>
    </message>
    <message>
        <source>site unalias: expected exactly one ALIAS</source>
        <translation>site unalias: genau ein ALIAS erwartet</translation>
    </message>
    <message>
        <source>site list takes no DOMAIN</source>
        <translation>site list nimmt keine DOMAIN an</translation>
    </message>
    <message>
        <source>site %1: --alias is for &apos;site add&apos;</source>
        <translation>site %1: --alias gilt nur für &apos;site add&apos;</translation>
    </message>
    <message>
        <source>Added %1 (time zone %2).
Add this to your site&apos;s &lt;head&gt;:
</source>
        <translation>%1 hinzugefügt (Zeitzone %2).
Fügen Sie dies in den &lt;head&gt; Ihrer Website ein:
</translation>
    </message>
    <message>
        <source>YOUR-RAYCSTR-HOST</source>
        <translation>IHR-RAYCSTR-HOST</translation>
    </message>
    <message>
        <source>No sites. Add one with &apos;%1 site add example.com&apos;.
</source>
        <translation>Keine Websites. Fügen Sie eine mit &apos;%1 site add example.com&apos; hinzu.
</translation>
    </message>
    <message>
        <source>aliases: %1</source>
        <translation>Aliase: %1</translation>
    </message>
    <message>
        <source>Hits that name %1 now count for %2.
</source>
        <translation>Aufrufe, die %1 nennen, zählen jetzt für %2.
</translation>
    </message>
    <message>
        <source>Removed alias %1.
</source>
        <translation>Alias %1 entfernt.
</translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 and its %n stored event.
</source>
        <translation>
            <numerusform>%1 mit %n gespeichertem Ereignis entfernt.
</numerusform>
            <numerusform>%1 mit %n gespeicherten Ereignissen entfernt.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 and its %n stored events.
</source>
        <translation>
            <numerusform>%1 mit %n gespeichertem Ereignis entfernt.
</numerusform>
            <numerusform>%1 mit %n gespeicherten Ereignissen entfernt.
</numerusform>
        </translation>
    </message>
    <message>
        <source>add, list or remove (or alias, unalias)</source>
        <translation>add, list oder remove (oder alias, unalias)</translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]

RayCstr&apos;s headless server: privacy-first web analytics.

Commands:
  serve                 Run the collector (see &apos;serve --help&apos;).
  site add DOMAIN       Start tracking a site (the data-domain of your snippet).
  site list             List the tracked sites.
  site remove DOMAIN    Stop tracking a site and delete its data.
  site alias DOMAIN ALIAS
                        Let other trackers name the site ALIAS (Umami&apos;s website id,
                        the host a GoatCounter script posts to).
  site unalias ALIAS    Forget an alias.
</source>
        <translation>Aufruf: %1 &lt;Befehl&gt; [Optionen]

Der Server von RayCstr ohne Oberfläche: datenschutzfreundliche Webanalyse.

Befehle:
  serve                 Den Collector starten (siehe &apos;serve --help&apos;).
  site add DOMAIN       Eine Website erfassen (die data-domain Ihres Snippets).
  site list             Die erfassten Websites auflisten.
  site remove DOMAIN    Eine Website nicht mehr erfassen und ihre Daten löschen.
  site alias DOMAIN ALIAS
                        Anderen Trackern erlauben, die Website ALIAS zu nennen (Umamis
                        Website-ID, der Host, an den ein GoatCounter-Skript sendet).
  site unalias ALIAS    Einen Alias vergessen.
</translation>
    </message>
    <message>
        <source>Run the RayCstr collector on the embedded SQLite store (or on ClickHouse: --store).</source>
        <translation>Den RayCstr-Collector mit dem eingebauten SQLite-Speicher starten (oder mit ClickHouse: --store).</translation>
    </message>
    <message>
        <source>  events:  %1
</source>
        <translation>  Ereignisse: %1
</translation>
    </message>
    <message>
        <source>Where events go: sqlite (default) or clickhouse://user@host:8123/database, with ?cluster=NAME for a cluster of shards. The password comes from store_password in the config file or RAYCSTR_STORE_PASSWORD, never from the command line.</source>
        <translation>Wohin die Ereignisse gehen: sqlite (Standard) oder clickhouse://user@host:8123/database, mit ?cluster=NAME für einen Cluster aus Shards. Das Passwort kommt aus store_password in der Konfigurationsdatei oder aus RAYCSTR_STORE_PASSWORD, nie von der Befehlszeile.</translation>
    </message>
</context>
<context>
    <name>raycstr::ServerConfig</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>cannot read config file %1</source>
        <translation>Konfigurationsdatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: expected a mapping of settings</source>
        <translation>%1: eine Zuordnung von Einstellungen erwartet</translation>
    </message>
    <message>
        <source>retention_days must be at least 1</source>
        <translation>retention_days muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>trusted_proxies must be a list of addresses or subnets</source>
        <translation>trusted_proxies muss eine Liste von Adressen oder Subnetzen sein</translation>
    </message>
    <message>
        <source>queue_capacity must be at least 100</source>
        <translation>queue_capacity muss mindestens 100 sein</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;</source>
        <translation>unbekannte Einstellung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid listen address &apos;%1&apos; (expected [ipv6]:port)</source>
        <translation>ungültige Empfangsadresse &apos;%1&apos; ([ipv6]:port erwartet)</translation>
    </message>
    <message>
        <source>invalid port in listen address &apos;%1&apos;</source>
        <translation>ungültiger Port in der Empfangsadresse &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid IP address in listen address &apos;%1&apos;</source>
        <translation>ungültige IP-Adresse in der Empfangsadresse &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid subnet &apos;%1&apos;</source>
        <translation>ungültiges Subnetz &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid IP address &apos;%1&apos;</source>
        <translation>ungültige IP-Adresse &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation>%1 muss mindestens %2 sein</translation>
    </message>
    <message>
        <source>queue_megabytes must be at least 1</source>
        <translation>queue_megabytes muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>%1 must be between 1 and 3600</source>
        <translation>%1 muss zwischen 1 und 3600 liegen</translation>
    </message>
    <message>
        <source>backup must be a mapping: dir, interval_hours, keep</source>
        <translation>backup muss eine Zuordnung sein: dir, interval_hours, keep</translation>
    </message>
    <message>
        <source>backup.interval_hours must be at least 1</source>
        <translation>backup.interval_hours muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>backup.keep must be at least 1</source>
        <translation>backup.keep muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>unknown setting &apos;backup.%1&apos;</source>
        <translation>unbekannte Einstellung &apos;backup.%1&apos;</translation>
    </message>
    <message>
        <source>smtp must be a mapping: url, starttls, username, password, from, ca_file, timeout_seconds, attempts</source>
        <translation>smtp muss eine Zuordnung sein: url, starttls, username, password, from, ca_file, timeout_seconds, attempts</translation>
    </message>
    <message>
        <source>smtp.url must start with smtp:// or smtps://</source>
        <translation>smtp.url muss mit smtp:// oder smtps:// beginnen</translation>
    </message>
    <message>
        <source>smtp.%1 must be between 1 and 600</source>
        <translation>smtp.%1 muss zwischen 1 und 600 liegen</translation>
    </message>
    <message>
        <source>unknown setting &apos;smtp.%1&apos;</source>
        <translation>unbekannte Einstellung „smtp.%1“</translation>
    </message>
    <message>
        <source>smtp needs at least url and from</source>
        <translation>smtp braucht mindestens url und from</translation>
    </message>
    <message>
        <source>reports must be a list of {site, to, every, hour, language}</source>
        <translation>reports muss eine Liste von {site, to, every, hour, language} sein</translation>
    </message>
    <message>
        <source>each report must be a mapping: site, to, every, hour, language</source>
        <translation>jeder Bericht muss eine Zuordnung sein: site, to, every, hour, language</translation>
    </message>
    <message>
        <source>reports.every must be week or month</source>
        <translation>reports.every muss week oder month sein</translation>
    </message>
    <message>
        <source>reports.hour must be between 0 and 23</source>
        <translation>reports.hour muss zwischen 0 und 23 liegen</translation>
    </message>
    <message>
        <source>unknown setting &apos;reports.%1&apos;</source>
        <translation>unbekannte Einstellung „reports.%1“</translation>
    </message>
    <message>
        <source>a report needs a site and at least one address in to</source>
        <translation>ein Bericht braucht eine Website und mindestens eine Adresse in to</translation>
    </message>
    <message>
        <source>smtp.password is set but %1 is readable by every user: chmod 600 (or 640 with the service&apos;s group) %1</source>
        <translation>smtp.password ist gesetzt, aber %1 ist für alle Benutzer lesbar: chmod 600 (oder 640 mit der Gruppe des Dienstes) %1</translation>
    </message>
    <message>
        <source>reports are configured but no smtp section says how to send them</source>
        <translation>Berichte sind eingerichtet, aber kein smtp-Abschnitt sagt, wie sie gesendet werden</translation>
    </message>
    <message>
        <source>an alert sends e-mail but no smtp section says how to send it</source>
        <translation>ein Alarm sendet E-Mails, aber kein smtp-Abschnitt sagt, wie sie gesendet werden</translation>
    </message>
    <message>
        <source>store_password is set but %1 is readable by every user: chmod 600 (or 640 with the service&apos;s group) %1</source>
        <translation>store_password ist gesetzt, aber %1 ist für alle Benutzer lesbar: chmod 600 (oder 640 mit der Gruppe des Dienstes) %1</translation>
    </message>
</context>
<context>
    <name>raycstr::ServerStack</name>
    <message>
        <source>the server is already running</source>
        <translation>der Server läuft bereits</translation>
    </message>
</context>
<context>
    <name>raycstr::SiteRepository</name>
    <message>
        <source>the domain is empty</source>
        <translation>die Domain ist leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a bare domain: give it without scheme or path, e.g. example.com</source>
        <translation>&apos;%1&apos; ist keine reine Domain: Geben Sie sie ohne Schema oder Pfad an, z. B. example.com</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain name</source>
        <translation>&apos;%1&apos; ist kein gültiger Domainname</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos; (use an IANA name such as Europe/Berlin)</source>
        <translation>unbekannte Zeitzone &apos;%1&apos; (verwenden Sie einen IANA-Namen wie Europe/Berlin)</translation>
    </message>
    <message>
        <source>site %1 already exists</source>
        <translation>Website %1 existiert bereits</translation>
    </message>
    <message>
        <source>%1 is already an alias of another site</source>
        <translation>%1 ist bereits ein Alias einer anderen Website</translation>
    </message>
    <message>
        <source>too many sites</source>
        <translation>zu viele Websites</translation>
    </message>
    <message>
        <source>no site %1</source>
        <translation>keine Website %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid alias: use 1 to 253 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (e.g. an Umami website id)</source>
        <translation>&apos;%1&apos; ist kein gültiger Alias: Verwenden Sie 1 bis 253 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; (z. B. eine Umami-Website-ID)</translation>
    </message>
    <message>
        <source>%1 is a tracked site&apos;s domain; it cannot also be an alias</source>
        <translation>%1 ist die Domain einer erfassten Website; sie kann nicht zugleich ein Alias sein</translation>
    </message>
    <message>
        <source>alias %1 already names site %2</source>
        <translation>Alias %1 bezeichnet bereits die Website %2</translation>
    </message>
    <message>
        <source>no alias %1</source>
        <translation>kein Alias %1</translation>
    </message>
</context>
<context>
    <name>raycstr::SqliteDb</name>
    <message>
        <source>cannot open database %1: %2</source>
        <translation>Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>raycstr::StoreLocation</name>
    <message>
        <source>store location: %1 (expected &quot;sqlite&quot; or %2)</source>
        <translation>Speicherort: %1 (erwartet: „sqlite“ oder %2)</translation>
    </message>
    <message>
        <source>not a store location</source>
        <translation>kein gültiger Speicherort</translation>
    </message>
    <message>
        <source>the ClickHouse password does not belong in the URL; give it in the config file or the environment</source>
        <translation>das ClickHouse-Passwort gehört nicht in die URL; geben Sie es in der Konfigurationsdatei oder der Umgebung an</translation>
    </message>
    <message>
        <source>the ClickHouse URL names no host</source>
        <translation>die ClickHouse-URL nennt keinen Host</translation>
    </message>
    <message>
        <source>port %1 is out of range</source>
        <translation>Port %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>database name &quot;%1&quot; must be letters, digits and _</source>
        <translation>der Datenbankname „%1“ darf nur Buchstaben, Ziffern und _ enthalten</translation>
    </message>
    <message>
        <source>the ClickHouse URL takes no ?options but cluster=NAME, and no #fragment</source>
        <translation>die ClickHouse-URL nimmt keine ?Optionen außer cluster=NAME und kein #Fragment</translation>
    </message>
    <message>
        <source>cluster name &quot;%1&quot; must be letters, digits, _, - and .</source>
        <translation>der Clustername „%1“ darf nur aus Buchstaben, Ziffern, _, - und . bestehen</translation>
    </message>
</context>
<context>
    <name>raycstr::UmamiReader</name>
    <message>
        <source>--website: expected a website ID (a UUID, as in Umami&apos;s tracking code)</source>
        <translation>--website: erwartet eine Website-ID (eine UUID, wie in Umamis Tracking-Code)</translation>
    </message>
    <message>
        <source>not an Umami database: no tables website, website_event, session, event_data (or the role may not read them)</source>
        <translation>keine Umami-Datenbank: keine Tabellen website, website_event, session, event_data (oder die Rolle darf sie nicht lesen)</translation>
    </message>
    <message>
        <source>tables %1</source>
        <translation>Tabellen %1</translation>
    </message>
    <message>
        <source>columns %1</source>
        <translation>Spalten %1</translation>
    </message>
    <message>
        <source>not an Umami database of a known version: missing %1 (or the role may not read them)</source>
        <translation>keine Umami-Datenbank einer bekannten Version: es fehlen %1 (oder die Rolle darf sie nicht lesen)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no website %1 in this Umami database; its websites: %2</source>
        <translation>keine Website %1 in dieser Umami-Datenbank; ihre Websites: %2</translation>
    </message>
    <message>
        <source>no website with the domain %1 in this Umami database; give --website with one of its websites: %2</source>
        <translation>keine Website mit der Domain %1 in dieser Umami-Datenbank; --website mit einer ihrer Websites angeben: %2</translation>
    </message>
    <message>
        <source>several websites with the domain %1; give --website with one of: %2</source>
        <translation>mehrere Websites mit der Domain %1; --website mit einer davon angeben: %2</translation>
    </message>
</context>
<context>
    <name>raycstr::auth::PasswordStore</name>
    <message>
        <source>the password must have at least %1 characters</source>
        <translation>das Passwort muss mindestens %1 Zeichen haben</translation>
    </message>
    <message>
        <source>the password must have at most %1 bytes</source>
        <translation>das Passwort darf höchstens %1 Bytes haben</translation>
    </message>
    <message>
        <source>out of memory while hashing the password</source>
        <translation>zu wenig Speicher beim Hashen des Passworts</translation>
    </message>
    <message>
        <source>cannot store the password: %1</source>
        <translation>das Passwort kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>raycstr::auth::TokenStore</name>
    <message>
        <source>no site with id %1</source>
        <translation>keine Website mit der ID %1</translation>
    </message>
    <message>
        <source>cannot store the key: %1</source>
        <translation>der Schlüssel kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot store the share link: %1</source>
        <translation>der Freigabelink kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot revoke share link %1: %2</source>
        <translation>Freigabelink %1 kann nicht widerrufen werden: %2</translation>
    </message>
    <message>
        <source>share link %1 is already revoked</source>
        <translation>Freigabelink %1 ist bereits widerrufen</translation>
    </message>
    <message>
        <source>no share link with id %1</source>
        <translation>kein Freigabelink mit der ID %1</translation>
    </message>
</context>
<context>
    <name>raycstr::cli</name>
    <message>
        <source>Data directory (default: %1).</source>
        <translation>Datenverzeichnis (Standard: %1).</translation>
    </message>
    <message>
        <source>YAML config file; flags override it.</source>
        <translation>YAML-Konfigurationsdatei; Optionen haben Vorrang.</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Siehe &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>Language of messages: de, fr, es or en (default: the system&apos;s).</source>
        <translation>Sprache der Meldungen: de, fr, es oder en (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>%1: expected %2</source>
        <translation>%1: %2 erwartet</translation>
    </message>
    <message>
        <source>%1: expected %2 (got &apos;%3&apos;)</source>
        <translation>%1: %2 erwartet (erhalten: &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>%1 takes no arguments (got &apos;%2&apos;)</source>
        <translation>%1 nimmt keine Argumente (erhalten: „%2“)</translation>
    </message>
</context>
<context>
    <name>raycstr::cli::ProgressPrinter</name>
    <message>
        <source>%1 MiB/s  ETA %2</source>
        <translation>%1 MiB/s  noch %2</translation>
    </message>
    <message>
        <source>%1: %2% (%3 of %4 MiB, %5 MiB/s, ETA %6)</source>
        <translation>%1: %2 % (%3 von %4 MiB, %5 MiB/s, noch %6)</translation>
    </message>
    <message>
        <source>%1 events/s  ETA %2</source>
        <translation>%1 Ereignisse/s  noch %2</translation>
    </message>
    <message>
        <source>%1: %2% (%3 of %4 events, %5 events/s, ETA %6)</source>
        <translation>%1: %2 % (%3 von %4 Ereignissen, %5 Ereignisse/s, noch %6)</translation>
    </message>
    <message>
        <source>%1 days/min  ETA %2</source>
        <translation>%1 Tage/min  Rest %2</translation>
    </message>
    <message>
        <source>%1: %2% (%3 of %4 days, %5 days/min, ETA %6)</source>
        <translation>%1: %2% (%3 von %4 Tagen, %5 Tage/min, Rest %6)</translation>
    </message>
</context>
<context>
    <name>raycstr::language</name>
    <message>
        <source>no translation for &apos;%1&apos; (use de, fr, es or en)</source>
        <translation>keine Übersetzung für &apos;%1&apos; (verwenden Sie de, fr, es oder en)</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value</source>
        <translation>Option &apos;%1&apos; braucht einen Wert</translation>
    </message>
</context>
<context>
    <name>raycstr::report::ReportRenderer</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Direct / none</source>
        <translation>Direkt / keine</translation>
    </message>
    <message>
        <source>Unique visitors</source>
        <translation>Eindeutige Besucher</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Pageviews</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Absprungrate</translation>
    </message>
    <message>
        <source>Visit duration</source>
        <translation>Sitzungsdauer</translation>
    </message>
    <message>
        <source>vs. the week before</source>
        <translation>ggü. der Vorwoche</translation>
    </message>
    <message>
        <source>vs. the month before</source>
        <translation>ggü. dem Vormonat</translation>
    </message>
    <message>
        <source>weekly report</source>
        <translation>Wochenbericht</translation>
    </message>
    <message>
        <source>monthly report</source>
        <translation>Monatsbericht</translation>
    </message>
    <message>
        <source>You get this report because the RayCstr server of %1 lists your address. To stop it, reply with &quot;unsubscribe&quot; or ask the site&apos;s owner to take you off its reports.</source>
        <translation>Sie erhalten diesen Bericht, weil der RayCstr-Server von %1 Ihre Adresse führt. Um ihn abzubestellen, antworten Sie mit „unsubscribe“ oder bitten Sie den Betreiber der Website, Sie aus den Berichten zu nehmen.</translation>
    </message>
    <message>
        <source>Top pages</source>
        <translation>Top-Seiten</translation>
    </message>
    <message>
        <source>Top sources</source>
        <translation>Top-Quellen</translation>
    </message>
    <message>
        <source>Top countries</source>
        <translation>Top-Länder</translation>
    </message>
    <message>
        <source>Goal conversions</source>
        <translation>Zielerreichungen</translation>
    </message>
    <message>
        <source>Visitors per day</source>
        <translation>Besucher pro Tag</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::AlertRuleDialog</name>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>One message a day with the day&apos;s conversions</source>
        <translation>Eine Nachricht pro Tag mit den Conversions des Tages</translation>
    </message>
    <message>
        <source>Edit alert</source>
        <translation>Alarm bearbeiten</translation>
    </message>
    <message>
        <source>Add alert</source>
        <translation>Alarm hinzufügen</translation>
    </message>
    <message>
        <source>Traffic spike</source>
        <translation>Besucheranstieg</translation>
    </message>
    <message>
        <source>Traffic drop (the tracker may be broken)</source>
        <translation>Besuchereinbruch (der Tracker ist vielleicht defekt)</translation>
    </message>
    <message>
        <source>Goal conversion</source>
        <translation>Ziel-Conversion</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>After a message, none for the same alert before this has passed: one incident sends one message.</source>
        <translation>Nach einer Nachricht keine weitere für denselben Alarm, bevor diese Zeit vergangen ist: ein Vorfall, eine Nachricht.</translation>
    </message>
    <message>
        <source>you@example.com, team@example.com</source>
        <translation>name@example.com, team@example.com</translation>
    </message>
    <message>
        <source>%1 — enter the URL again to keep it</source>
        <translation>%1 – URL erneut eingeben, um ihn zu behalten</translation>
    </message>
    <message>
        <source>https://hooks.slack.com/services/…</source>
        <translation>https://hooks.slack.com/services/…</translation>
    </message>
    <message>
        <source>Slack-compatible (Slack, Mattermost, Discord)</source>
        <translation>Slack-kompatibel (Slack, Mattermost, Discord)</translation>
    </message>
    <message>
        <source>Plain text (ntfy and others)</source>
        <translation>Reiner Text (ntfy und andere)</translation>
    </message>
    <message>
        <source>&amp;Alert on</source>
        <translation>&amp;Alarm bei</translation>
    </message>
    <message>
        <source>&amp;Cool-down</source>
        <translation>&amp;Ruhezeit</translation>
    </message>
    <message>
        <source>&amp;E-mail to</source>
        <translation>&amp;E-Mail an</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook</translation>
    </message>
    <message>
        <source>Webhook &amp;format</source>
        <translation>Webhook-&amp;Format</translation>
    </message>
    <message>
        <source>No pageview for</source>
        <translation>Kein Seitenaufruf seit</translation>
    </message>
    <message>
        <source>Current &amp;visitors at least</source>
        <translation>Aktuelle &amp;Besucher mindestens</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::AlertRulesModel</name>
    <message numerus="yes">
        <source>%n or more current visitors</source>
        <translation>
            <numerusform>%n oder mehr aktuelle Besucher</numerusform>
            <numerusform>%n oder mehr aktuelle Besucher</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal %1 (daily digest)</source>
        <translation>Ziel %1 (tägliche Zusammenfassung)</translation>
    </message>
    <message>
        <source>Goal %1 (each conversion)</source>
        <translation>Ziel %1 (jede Conversion)</translation>
    </message>
    <message>
        <source>webhook %1</source>
        <translation>Webhook %1</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added here</source>
        <translation>Hier hinzugefügt</translation>
    </message>
    <message>
        <source>Config file (read-only)</source>
        <translation>Konfigurationsdatei (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Alert when</source>
        <translation>Alarm bei</translation>
    </message>
    <message>
        <source>Cool-down</source>
        <translation>Ruhezeit</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Gesendet an</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message numerus="yes">
        <source>%n or more current visitor</source>
        <translation>
            <numerusform>%n oder mehr aktuelle Besucher</numerusform>
            <numerusform>%n oder mehr aktuelle Besucher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No pageview for %n hour</source>
        <translation>
            <numerusform>Kein Seitenaufruf seit %n Stunde</numerusform>
            <numerusform>Kein Seitenaufruf seit %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No pageview for %n hours</source>
        <translation>
            <numerusform>Kein Seitenaufruf seit %n Stunde</numerusform>
            <numerusform>Kein Seitenaufruf seit %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail addresses</source>
        <translation>
            <numerusform>%n E-Mail-Adresse</numerusform>
            <numerusform>%n E-Mail-Adressen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>raycstr::ui::ApiKeysModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(ohne Bezeichnung)</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>alle Websites</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::BreakdownModel</name>
    <message>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Pageviews</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::BreakdownPanel</name>
    <message>
        <source>No data for this period</source>
        <translation>Keine Daten für diesen Zeitraum</translation>
    </message>
    <message>
        <source>Click a row to filter the dashboard by it</source>
        <translation>Klicken Sie auf eine Zeile, um das Dashboard danach zu filtern</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Every row, with search and sorting (Ctrl+D)</source>
        <translation>Alle Zeilen, mit Suche und Sortierung (Strg+D)</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>Details zu %1</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::ChartMetric</name>
    <message>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Pageviews</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Absprungrate</translation>
    </message>
    <message>
        <source>Visit duration</source>
        <translation>Sitzungsdauer</translation>
    </message>
    <message>
        <source>Views per visit</source>
        <translation>Seiten pro Besuch</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>whole hours on the chart&apos;s axis</comment>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1m</source>
        <comment>whole minutes on the chart&apos;s axis</comment>
        <translation>%1&#xa0;min</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::Country</name>
    <message>
        <source>Ascension Island</source>
        <translation>Ascension</translation>
    </message>
    <message>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Vereinigte Arabische Emirate</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <source>Antigua And Barbuda</source>
        <translation>Antigua und Barbuda</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albanien</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Armenien</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Antarktis</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentinien</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Amerikanisch-Samoa</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <source>Aland Islands</source>
        <translation>Ålandinseln</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Aserbaidschan</translation>
    </message>
    <message>
        <source>Bosnia And Herzegovina</source>
        <translation>Bosnien und Herzegowina</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladesch</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarien</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Bahrain</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Benin</translation>
    </message>
    <message>
        <source>Saint Barthelemy</source>
        <translation>St. Barthélemy</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Bermuda</translation>
    </message>
    <message>
        <source>Brunei</source>
        <translation>Brunei Darussalam</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Bolivien</translation>
    </message>
    <message>
        <source>Caribbean Netherlands</source>
        <translation>Karibische Niederlande</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasilien</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Bhutan</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Bouvetinsel</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botsuana</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Belarus</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Cocos Islands</source>
        <translation>Kokosinseln</translation>
    </message>
    <message>
        <source>Congo Kinshasa</source>
        <translation>Kongo-Kinshasa</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>Zentralafrikanische Republik</translation>
    </message>
    <message>
        <source>Congo Brazzaville</source>
        <translation>Kongo-Brazzaville</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>Ivory Coast</source>
        <translation>Côte d’Ivoire</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Cookinseln</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Kamerun</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Kolumbien</translation>
    </message>
    <message>
        <source>Clipperton Island</source>
        <translation>Clipperton-Insel</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Kuba</translation>
    </message>
    <message>
        <source>Cape Verde</source>
        <translation>Cabo Verde</translation>
    </message>
    <message>
        <source>Curacao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Weihnachtsinsel</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Zypern</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tschechien</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Diego Garcia</source>
        <translation>Diego Garcia</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Dschibuti</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>Dominikanische Republik</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algerien</translation>
    </message>
    <message>
        <source>Ceuta And Melilla</source>
        <translation>Ceuta und Melilla</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estland</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Ägypten</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Westsahara</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Äthiopien</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Europäische Union</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Fidschi</translation>
    </message>
    <message>
        <source>Falkland Islands</source>
        <translation>Falklandinseln</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>Mikronesien</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Färöer</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabun</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Grenada</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Georgien</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Französisch-Guayana</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>Guernsey</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <source>Gibraltar</source>
        <translation>Gibraltar</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>Grönland</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Gambia</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Äquatorialguinea</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Griechenland</translation>
    </message>
    <message>
        <source>South Georgia And South Sandwich Islands</source>
        <translation>Südgeorgien und die Südlichen Sandwichinseln</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <source>Guinea Bissau</source>
        <translation>Guinea-Bissau</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Hongkong</translation>
    </message>
    <message>
        <source>Heard And McDonald Islands</source>
        <translation>Heard und McDonaldinseln</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Kroatien</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haiti</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Ungarn</translation>
    </message>
    <message>
        <source>Canary Islands</source>
        <translation>Kanarische Inseln</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesien</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <source>Isle Of Man</source>
        <translation>Isle of Man</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Britisches Territorium im Indischen Ozean</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Island</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Jamaika</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Jordanien</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenia</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kirgisistan</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Kambodscha</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Komoren</translation>
    </message>
    <message>
        <source>Saint Kitts And Nevis</source>
        <translation>St. Kitts und Nevis</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Nordkorea</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Südkorea</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Kaimaninseln</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kasachstan</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Libanon</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>St. Lucia</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>Liberia</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>Lesotho</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettland</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libyen</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Marokko</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Republik Moldau</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <source>Saint Martin</source>
        <translation>St. Martin</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagaskar</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Marshallinseln</translation>
    </message>
    <message>
        <source>Macedonia</source>
        <translation>Nordmazedonien</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongolei</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Macau</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Nördliche Marianen</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Mauretanien</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>Mauritius</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Malediven</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexiko</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mosambik</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Neukaledonien</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Norfolkinsel</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norwegen</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>Nauru</translation>
    </message>
    <message>
        <source>Niue</source>
        <translation>Niue</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>Oman</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>Panama</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Französisch-Polynesien</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papua-Neuguinea</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Philippinen</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Saint Pierre And Miquelon</source>
        <translation>St. Pierre und Miquelon</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation>Pitcairninseln</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <source>Palestinian Territories</source>
        <translation>Palästinensische Autonomiegebiete</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>Palau</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Katar</translation>
    </message>
    <message>
        <source>Outlying Oceania</source>
        <translation>Äußeres Ozeanien</translation>
    </message>
    <message>
        <source>Reunion</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumänien</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbien</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Russland</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Saudi-Arabien</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Salomonen</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Seychellen</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Sudan</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>Saint Helena</source>
        <translation>St. Helena</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slowenien</translation>
    </message>
    <message>
        <source>Svalbard And Jan Mayen</source>
        <translation>Spitzbergen und Jan Mayen</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slowakei</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>San Marino</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Südsudan</translation>
    </message>
    <message>
        <source>Sao Tome And Principe</source>
        <translation>São Tomé und Príncipe</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <source>Sint Maarten</source>
        <translation>Sint Maarten</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Syrien</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <source>Tristan Da Cunha</source>
        <translation>Tristan da Cunha</translation>
    </message>
    <message>
        <source>Turks And Caicos Islands</source>
        <translation>Turks- und Caicosinseln</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Tschad</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Französische Süd- und Antarktisgebiete</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thailand</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tadschikistan</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor-Leste</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkmenistan</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunesien</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Türkei</translation>
    </message>
    <message>
        <source>Trinidad And Tobago</source>
        <translation>Trinidad und Tobago</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tansania</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <source>United States Outlying Islands</source>
        <translation>Amerikanische Überseeinseln</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Usbekistan</translation>
    </message>
    <message>
        <source>Vatican City</source>
        <translation>Vatikanstadt</translation>
    </message>
    <message>
        <source>Saint Vincent And Grenadines</source>
        <translation>St. Vincent und die Grenadinen</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>British Virgin Islands</source>
        <translation>Britische Jungferninseln</translation>
    </message>
    <message>
        <source>United States Virgin Islands</source>
        <translation>Amerikanische Jungferninseln</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <source>Wallis And Futuna</source>
        <translation>Wallis und Futuna</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <source>Kosovo</source>
        <translation>Kosovo</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Jemen</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Südafrika</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Sambia</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Simbabwe</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::CustomRangeDialog</name>
    <message>
        <source>Custom period</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::DashboardView</name>
    <message>
        <source>Unique visitors</source>
        <translation>Eindeutige Besucher</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Pageviews</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Absprungrate</translation>
    </message>
    <message>
        <source>Visit duration</source>
        <translation>Sitzungsdauer</translation>
    </message>
    <message>
        <source>Views per visit</source>
        <translation>Seiten pro Besuch</translation>
    </message>
    <message>
        <source>Top pages</source>
        <translation>Top-Seiten</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Entry pages</source>
        <translation>Einstiegsseiten</translation>
    </message>
    <message>
        <source>Exit pages</source>
        <translation>Ausstiegsseiten</translation>
    </message>
    <message>
        <source>Top sources</source>
        <translation>Top-Quellen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Verweise</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>UTM-Quelle</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Browsers</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>Betriebssysteme</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Kein Vergleich</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorperiode</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Vorjahreszeitraum</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Average per conversion: %1</source>
        <translation>Durchschnitt pro Conversion: %1</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::DataSource</name>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 and its %n events.</source>
        <translation>
            <numerusform>%1 mit %n Ereignis entfernt.</numerusform>
            <numerusform>%1 mit %n Ereignissen entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key revoked.</source>
        <translation>Schlüssel widerrufen.</translation>
    </message>
    <message>
        <source>Added the goal %1.</source>
        <translation>Ziel %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Goal removed.</source>
        <translation>Ziel entfernt.</translation>
    </message>
    <message>
        <source>Saved the funnel %1.</source>
        <translation>Trichter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Funnel removed.</source>
        <translation>Trichter entfernt.</translation>
    </message>
    <message>
        <source>Alert saved.</source>
        <translation>Alarm gespeichert.</translation>
    </message>
    <message>
        <source>Alert added.</source>
        <translation>Alarm hinzugefügt.</translation>
    </message>
    <message>
        <source>Alert removed.</source>
        <translation>Alarm entfernt.</translation>
    </message>
    <message>
        <source>The days of %1 now start at midnight in %2.</source>
        <translation>Die Tage von %1 beginnen jetzt um Mitternacht in %2.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::DetailsDialog</name>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>%1 — details</source>
        <translation>%1 — Details</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Click a row to filter the dashboard by it</source>
        <translation>Klicken Sie auf eine Zeile, um das Dashboard danach zu filtern</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export every row of this search as a CSV file</source>
        <translation>Alle Zeilen dieser Suche als CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>Keine Daten für diesen Zeitraum</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Nichts passt zu „%1“</translation>
    </message>
    <message>
        <source>Showing %1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>(sorted among the loaded rows: load more to sort them all)</source>
        <translation>(sortiert unter den geladenen Zeilen: mehr laden, um alle zu sortieren)</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message numerus="yes">
        <source>%n row</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>raycstr::ui::FilterBar</name>
    <message>
        <source>Filtered by</source>
        <translation>Gefiltert nach</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 ist nicht %2</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation>%1 enthält %2</translation>
    </message>
    <message>
        <source>%1 does not contain %2</source>
        <translation>%1 enthält nicht %2</translation>
    </message>
    <message>
        <source>%1 matches %2</source>
        <translation>%1 entspricht %2</translation>
    </message>
    <message>
        <source>%1 does not match %2</source>
        <translation>%1 entspricht nicht %2</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Filter %1 entfernen</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to RayCstr</source>
        <translation>Willkommen bei RayCstr</translation>
    </message>
    <message>
        <source>Privacy-first analytics that run on this computer. Which site do you want to count?</source>
        <translation>Datenschutzfreundliche Analyse, die auf diesem Computer läuft. Welche Website möchten Sie erfassen?</translation>
    </message>
    <message>
        <source>Your site&apos;s &amp;domain:</source>
        <translation>&amp;Domain Ihrer Website:</translation>
    </message>
    <message>
        <source>yoursite.com</source>
        <translation>ihre-website.de</translation>
    </message>
    <message>
        <source>No cookies, no IP addresses stored: visitors are counted with a daily-salted hash that cannot be traced back.</source>
        <translation>Keine Cookies, keine gespeicherten IP-Adressen: Besucher werden über einen täglich neu gesalzenen Hash gezählt, der sich nicht zurückverfolgen lässt.</translation>
    </message>
    <message>
        <source>Connect to a RayCstr server instead…</source>
        <translation>Stattdessen mit einem RayCstr-Server verbinden…</translation>
    </message>
    <message>
        <source>Where should the collector listen?</source>
        <translation>Wo soll der Collector Daten empfangen?</translation>
    </message>
    <message>
        <source>Your pages send their events to this address. Keep 127.0.0.1 to try it on this computer; use :8080 (every interface) behind your router or reverse proxy.</source>
        <translation>Ihre Seiten senden ihre Ereignisse an diese Adresse. Behalten Sie 127.0.0.1, um es auf diesem Computer auszuprobieren; verwenden Sie :8080 (alle Schnittstellen) hinter Ihrem Router oder Reverse Proxy.</translation>
    </message>
    <message>
        <source>Listen &amp;address:</source>
        <translation>&amp;Empfangsadresse:</translation>
    </message>
    <message>
        <source>Add this snippet to your site</source>
        <translation>Fügen Sie dieses Snippet in Ihre Website ein</translation>
    </message>
    <message>
        <source>Paste it into the &lt;head&gt; of every page. Events show up in the live view within a second.</source>
        <translation>Fügen Sie es in den &lt;head&gt; jeder Seite ein. Ereignisse erscheinen innerhalb einer Sekunde in der Live-Ansicht.</translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation>Snippet</translation>
    </message>
    <message>
        <source>Replace the address with the one your visitors reach the collector at (e.g. https://stats.yoursite.com) once it is public.</source>
        <translation>Ersetzen Sie die Adresse durch die, unter der Ihre Besucher den Collector erreichen (z. B. https://stats.ihre-website.de), sobald er öffentlich ist.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>&amp;Copy snippet</source>
        <translation>Snippet &amp;kopieren</translation>
    </message>
    <message>
        <source>Set up RayCstr</source>
        <translation>RayCstr einrichten</translation>
    </message>
    <message>
        <source>Start collecting</source>
        <translation>Erfassung starten</translation>
    </message>
    <message>
        <source>Its &amp;time zone:</source>
        <translation>Ihre &amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Where the site&apos;s days start in every report: choose where most of your visitors, or you, live.</source>
        <translation>Wo die Tage der Website in jedem Bericht beginnen: Wählen Sie, wo die meisten Ihrer Besucher – oder Sie – leben.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::FunnelChart</name>
    <message>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Dropped off</source>
        <translation>Abgesprungen</translation>
    </message>
    <message>
        <source>1 visitor</source>
        <translation>1 Besucher</translation>
    </message>
    <message numerus="yes">
        <source>%1 visitors</source>
        <comment>%1: the count, abbreviated</comment>
        <translation>
            <numerusform>%1 Besucher</numerusform>
            <numerusform>%1 Besucher</numerusform>
        </translation>
    </message>
    <message>
        <source>entered the funnel</source>
        <translation>in den Trichter eingestiegen</translation>
    </message>
    <message>
        <source>%1 · %2 dropped</source>
        <translation>%1 · %2 abgesprungen</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::FunnelEditor</name>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Funnels</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>Saved funnels</source>
        <translation>Gespeicherte Trichter</translation>
    </message>
    <message>
        <source>New funnel</source>
        <translation>Neuer Trichter</translation>
    </message>
    <message>
        <source>Import YAML…</source>
        <translation>YAML importieren…</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>Export YAML…</source>
        <translation>YAML exportieren…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Sign-up flow</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Funnel name</source>
        <translation>Name des Trichters</translation>
    </message>
    <message>
        <source>Funnel steps</source>
        <translation>Schritte des Trichters</translation>
    </message>
    <message>
        <source>Drag steps to reorder them; F2 or a double click edits a step</source>
        <translation>Ziehen Sie Schritte, um sie umzuordnen; F2 oder ein Doppelklick bearbeitet einen Schritt</translation>
    </message>
    <message>
        <source>New step kind</source>
        <translation>Art des neuen Schritts</translation>
    </message>
    <message>
        <source>New step path or event</source>
        <translation>Pfad oder Ereignis des neuen Schritts</translation>
    </message>
    <message>
        <source>New step label</source>
        <translation>Bezeichnung des neuen Schritts</translation>
    </message>
    <message>
        <source>Label (optional)</source>
        <translation>Bezeichnung (optional)</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Pfeil nach oben</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Pfeil nach unten</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Funnel conversion</source>
        <translation>Conversion des Trichters</translation>
    </message>
    <message>
        <source>Event name, e.g. Signup</source>
        <translation>Name des Ereignisses, z. B. Signup</translation>
    </message>
    <message>
        <source>Path: /pricing, /blog/*, /docs/**</source>
        <translation>Pfad: /pricing, /blog/*, /docs/**</translation>
    </message>
    <message>
        <source>Import a funnel</source>
        <translation>Trichter importieren</translation>
    </message>
    <message>
        <source>Funnel files (*.yaml *.yml);;All files (*)</source>
        <translation>Trichterdateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export the funnel</source>
        <translation>Trichter exportieren</translation>
    </message>
    <message>
        <source>Funnel files (*.yaml *.yml)</source>
        <translation>Trichterdateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Could not preview: %1</source>
        <translation>Vorschau fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>A funnel has at most %1 steps.</source>
        <translation>Ein Trichter hat höchstens %1 Schritte.</translation>
    </message>
    <message>
        <source>Another funnel is named “%1” already.</source>
        <translation>Ein anderer Trichter heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Delete funnel</source>
        <translation>Trichter löschen</translation>
    </message>
    <message>
        <source>Delete the funnel “%1”? Its events stay.</source>
        <translation>Den Trichter „%1“ löschen? Seine Ereignisse bleiben erhalten.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n steps; Save keeps them.</source>
        <translation>
            <numerusform>%n Schritt importiert; Speichern übernimmt ihn.</numerusform>
            <numerusform>%n Schritte importiert; Speichern übernimmt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Add at least %1 steps to see the funnel</source>
        <translation>Fügen Sie mindestens %1 Schritte hinzu, um den Trichter zu sehen</translation>
    </message>
    <message>
        <source>%1 conversion · %2 → %3 visitors</source>
        <translation>%1 Conversion · %2 → %3 Besucher</translation>
    </message>
    <message>
        <source>No funnels yet. A funnel counts the visitors who go through steps in order, e.g. / → /pricing → Signup. Name one on the right, add its steps and save it.</source>
        <translation>Noch keine Trichter. Ein Trichter zählt die Besucher, die Schritte der Reihe nach durchlaufen, z. B. / → /pricing → Signup. Benennen Sie rechts einen, fügen Sie seine Schritte hinzu und speichern Sie ihn.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::FunnelStepDelegate</name>
    <message>
        <source>Event name</source>
        <translation>Ereignisname</translation>
    </message>
    <message>
        <source>/path, /blog/*, /docs/**</source>
        <translation>/pfad, /blog/*, /docs/**</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::FunnelStepsModel</name>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>A path: /blog/* matches one segment, /docs/** anything below</source>
        <translation>Ein Pfad: /blog/* trifft ein Segment, /docs/** alles darunter</translation>
    </message>
    <message>
        <source>A custom event&apos;s name, as the site sends it</source>
        <translation>Der Name eines benutzerdefinierten Ereignisses, wie die Website ihn sendet</translation>
    </message>
    <message>
        <source>Drag to reorder (or Alt+Up / Alt+Down)</source>
        <translation>Zum Umordnen ziehen (oder Alt+Pfeil nach oben / Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Path or event</source>
        <translation>Pfad oder Ereignis</translation>
    </message>
    <message>
        <source>Label (optional)</source>
        <translation>Bezeichnung (optional)</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::GoalsModel</name>
    <message>
        <source>%1 — click to show only the visits that converted</source>
        <translation>%1 – klicken, um nur die Besuche mit Conversion zu zeigen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Uniques</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>CR</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Average</source>
        <comment>revenue per conversion</comment>
        <translation>Durchschnitt</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::GoalsPanel</name>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Ziel hinzufügen…</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Custom events</source>
        <translation>Benutzerdefinierte Ereignisse</translation>
    </message>
    <message>
        <source>Count the visits that reach a page or send an event</source>
        <translation>Besuche zählen, die eine Seite erreichen oder ein Ereignis senden</translation>
    </message>
    <message>
        <source>Click a goal to show only the visits that converted</source>
        <translation>Klicken Sie auf ein Ziel, um nur die Besuche mit Conversion zu zeigen</translation>
    </message>
    <message>
        <source>No goals yet. Add one to count the visits that reach a page or send an event.</source>
        <translation>Noch keine Ziele. Fügen Sie eines hinzu, um die Besuche zu zählen, die eine Seite erreichen oder ein Ereignis senden.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>Remove the goal “%1”? Its events stay.</source>
        <translation>Das Ziel „%1“ entfernen? Seine Ereignisse bleiben erhalten.</translation>
    </message>
    <message>
        <source>No custom events in this period</source>
        <translation>Keine benutzerdefinierten Ereignisse in diesem Zeitraum</translation>
    </message>
    <message>
        <source>“%1” has no properties in this period</source>
        <translation>„%1“ hat in diesem Zeitraum keine Eigenschaften</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>All events › %1</source>
        <translation>Alle Ereignisse › %1</translation>
    </message>
    <message>
        <source>All events › %1 › %2</source>
        <translation>Alle Ereignisse › %1 › %2</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Custom event</source>
        <translation>Benutzerdefiniertes Ereignis</translation>
    </message>
    <message>
        <source>Page visit</source>
        <translation>Seitenbesuch</translation>
    </message>
    <message>
        <source>Signup, or /thank-you, /blog/**</source>
        <translation>Signup, oder /danke, /blog/**</translation>
    </message>
    <message>
        <source>Optional: defaults to the event or path</source>
        <translation>Optional: sonst das Ereignis oder der Pfad</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Matches</source>
        <translation>&amp;Entspricht</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Every row, with search and sorting (Ctrl+D)</source>
        <translation>Alle Zeilen, mit Suche und Sortierung (Strg+D)</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::ImportDialog</name>
    <message>
        <source>Web server access logs (nginx, Apache)</source>
        <translation>Zugriffsprotokolle des Webservers (nginx, Apache)</translation>
    </message>
    <message>
        <source>Combined or common format, or an nginx log_format; .gz files too. Several files are read in time order, through the same privacy pipeline as live hits (addresses are never stored).</source>
        <translation>Format „combined“ oder „common“ oder ein nginx-log_format; auch .gz-Dateien. Mehrere Dateien werden in zeitlicher Reihenfolge gelesen, durch dieselbe Datenschutz-Verarbeitung wie Live-Aufrufe (Adressen werden nie gespeichert).</translation>
    </message>
    <message>
        <source>Access logs (*.log *.gz *.1 access*);;All files (*)</source>
        <translation>Zugriffsprotokolle (*.log *.gz *.1 access*);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>GoatCounter CSV export</source>
        <translation>GoatCounter-CSV-Export</translation>
    </message>
    <message>
        <source>The CSV export of GoatCounter (format version 2): one file.</source>
        <translation>Der CSV-Export von GoatCounter (Formatversion 2): eine Datei.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.csv.gz *.gz);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.csv.gz *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Plausible CSV export (zip or folder)</source>
        <translation>Plausible-CSV-Export (ZIP oder Ordner)</translation>
    </message>
    <message>
        <source>Plausible&apos;s Settings → Imports &amp; Exports → Export: the zip, or the folder it unpacks to. Daily totals, added to the reports.</source>
        <translation>In Plausible: Einstellungen → Importe &amp; Exporte → Export: die ZIP-Datei oder der entpackte Ordner. Tagessummen, die in die Berichte einfließen.</translation>
    </message>
    <message>
        <source>Zip files (*.zip);;All files (*)</source>
        <translation>ZIP-Dateien (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Google Analytics 4 reports (JSON, folder or zip)</source>
        <translation>Google-Analytics-4-Berichte (JSON, Ordner oder ZIP)</translation>
    </message>
    <message>
        <source>Data API runReport responses: one file per report (daily visitors, pages, sources, countries, devices…), or a folder or zip of them.</source>
        <translation>Antworten von runReport der Data API: eine Datei pro Bericht (tägliche Besucher, Seiten, Quellen, Länder, Geräte…) oder ein Ordner bzw. eine ZIP-Datei davon.</translation>
    </message>
    <message>
        <source>Reports (*.json *.zip);;All files (*)</source>
        <translation>Berichte (*.json *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Google Analytics 4 BigQuery export (NDJSON)</source>
        <translation>Google-Analytics-4-BigQuery-Export (NDJSON)</translation>
    </message>
    <message>
        <source>The events_YYYYMMDD tables exported as newline-delimited JSON (.gz too): raw events, filterable like live ones.</source>
        <translation>Die Tabellen events_YYYYMMDD als zeilenweises JSON exportiert (auch .gz): Rohereignisse, filterbar wie Live-Daten.</translation>
    </message>
    <message>
        <source>BigQuery exports (*.ndjson *.json *.jsonl *.gz);;All files (*)</source>
        <translation>BigQuery-Exporte (*.ndjson *.json *.jsonl *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Verlauf importieren</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>Choose the files or folder to import</source>
        <translation>Dateien oder Ordner zum Importieren wählen</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>Dateien…</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Dateien</translation>
    </message>
    <message>
        <source>combined, common, or an nginx log_format string such as $remote_addr - $remote_user [$time_local] &quot;$request&quot; …</source>
        <translation>combined, common oder ein nginx-log_format wie $remote_addr - $remote_user [$time_local] &quot;$request&quot; …</translation>
    </message>
    <message>
        <source>Log &amp;format</source>
        <translation>Protokoll&amp;format</translation>
    </message>
    <message>
        <source>In&amp;to site</source>
        <translation>In &amp;Website</translation>
    </message>
    <message>
        <source>The collector pauses while importing. Days that already hold data, and today, are left out; the same files again replace the earlier import.</source>
        <translation>Der Collector pausiert während des Imports. Tage, die schon Daten haben, und der heutige Tag werden ausgelassen; dieselben Dateien ersetzen erneut importiert den früheren Import.</translation>
    </message>
    <message>
        <source>Cancel stops at the next day: the days finished so far are kept, and importing the same files again finishes the import.</source>
        <translation>Abbrechen hält beim nächsten Tag an: Die bis dahin fertigen Tage bleiben erhalten, und ein erneuter Import derselben Dateien schließt den Import ab.</translation>
    </message>
    <message>
        <source>Nothing to import into: start this computer&apos;s collector first.</source>
        <translation>Nichts, wohin importiert werden kann: Starten Sie zuerst den Collector dieses Computers.</translation>
    </message>
    <message>
        <source>Importing %1 into %2…</source>
        <translation>%1 wird in %2 importiert…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Stopping after the day in hand…</source>
        <translation>Wird nach dem laufenden Tag angehalten…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>%1 MB of %2 MB</source>
        <translation>%1 MB von %2 MB</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>Went on with import %1 (its finished days kept).</source>
        <translation>Import %1 fortgesetzt (seine fertigen Tage bleiben erhalten).</translation>
    </message>
    <message>
        <source>Replaced import %1 (the same files).</source>
        <translation>Import %1 ersetzt (dieselben Dateien).</translation>
    </message>
    <message>
        <source>Days: %1 – %2.</source>
        <translation>Tage: %1 – %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported into %1&lt;/b&gt; in %2.</source>
        <translation>&lt;b&gt;In %1 importiert&lt;/b&gt; in %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n daily aggregates written</source>
        <translation>
            <numerusform>%n Tagessumme geschrieben</numerusform>
            <numerusform>%n Tagessummen geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events written</source>
        <translation>
            <numerusform>%n Ereignis geschrieben</numerusform>
            <numerusform>%n Ereignisse geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows read, %2.</source>
        <translation>%1 Zeilen gelesen, %2.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>rows skipped, reason</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Übersprungen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n days that already had data.</source>
        <translation>
            <numerusform>%n Tag ausgelassen, der schon Daten hatte.</numerusform>
            <numerusform>%n Tage ausgelassen, die schon Daten hatten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new was written: every day of the input already had data, or is today.</source>
        <translation>Nichts Neues geschrieben: Jeder Tag der Eingabe hatte schon Daten oder ist heute.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped&lt;/b&gt; before anything was written.</source>
        <translation>&lt;b&gt;Angehalten&lt;/b&gt;, bevor etwas geschrieben wurde.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped.&lt;/b&gt; Import %1 kept its finished days; import the same files again to finish it.</source>
        <translation>&lt;b&gt;Angehalten.&lt;/b&gt; Import %1 hat seine fertigen Tage behalten; importieren Sie dieselben Dateien erneut, um ihn abzuschließen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The import failed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Der Import ist fehlgeschlagen.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing of this import was kept.</source>
        <translation>Von diesem Import wurde nichts behalten.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::ImportNotice</name>
    <message>
        <source>Plausible</source>
        <translation>Plausible</translation>
    </message>
    <message>
        <source>Google Analytics</source>
        <translation>Google Analytics</translation>
    </message>
    <message>
        <source>Google Analytics (BigQuery)</source>
        <translation>Google Analytics (BigQuery)</translation>
    </message>
    <message>
        <source>GoatCounter</source>
        <translation>GoatCounter</translation>
    </message>
    <message>
        <source>access logs</source>
        <translation>Zugriffsprotokollen</translation>
    </message>
    <message>
        <source>Includes imported data from %1, %2 – %3</source>
        <translation>Enthält importierte Daten aus %1, %2 – %3</translation>
    </message>
    <message>
        <source>Includes imported data</source>
        <translation>Enthält importierte Daten</translation>
    </message>
    <message>
        <source>Imported data is left out of hourly views: it holds daily totals.</source>
        <translation>Importierte Daten fehlen in stündlichen Ansichten: Sie enthalten Tagessummen.</translation>
    </message>
    <message>
        <source>Imported data is left out here: its daily totals cannot answer this filter (one filter on a dimension it carries can).</source>
        <translation>Importierte Daten fehlen hier: Ihre Tagessummen können diesen Filter nicht beantworten (ein Filter auf eine enthaltene Dimension schon).</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::KeychainSecretStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Store</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>Secret Service / KWallet</source>
        <translation>Secret Service / KWallet</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::KpiCard</name>
    <message>
        <source>no previous data</source>
        <translation>keine Vergleichsdaten</translation>
    </message>
    <message>
        <source>%1 %2% vs previous</source>
        <translation>%1 %2&#xa0;% ggü. Vorperiode</translation>
    </message>
    <message>
        <source>%1 %2% vs last year</source>
        <translation>%1 %2&#xa0;% ggü. Vorjahr</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::LiveFeedModel</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Custom event</source>
        <translation>Benutzerdefiniertes Ereignis</translation>
    </message>
    <message>
        <source>Pageview</source>
        <translation>Seitenaufruf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Page or event</source>
        <translation>Seite oder Ereignis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::LiveView</name>
    <message>
        <source>Pageviews</source>
        <translation>Seitenaufrufe</translation>
    </message>
    <message>
        <source>Visitors right now</source>
        <translation>Aktuelle Besucher</translation>
    </message>
    <message>
        <source>in the last 5 minutes</source>
        <translation>in den letzten 5 Minuten</translation>
    </message>
    <message>
        <source>Pageviews per minute, last 30 minutes</source>
        <translation>Seitenaufrufe pro Minute, letzte 30 Minuten</translation>
    </message>
    <message>
        <source>Pages being viewed</source>
        <translation>Gerade angesehene Seiten</translation>
    </message>
    <message>
        <source>Live feed</source>
        <translation>Live-Feed</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Waiting for the next visit: each pageview and event shows up here the moment it arrives. Nothing arrives until the tracker snippet is on the site&apos;s pages.</source>
        <translation>Warten auf den nächsten Besuch: Jeder Seitenaufruf und jedes Ereignis erscheint hier, sobald es eintrifft. Es trifft nichts ein, solange das Tracker-Snippet nicht auf den Seiten der Website steht.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::LocalDataSource</name>
    <message>
        <source>No site %1.</source>
        <translation>Keine Website %1.</translation>
    </message>
    <message>
        <source>Local data in %1</source>
        <translation>Lokale Daten in %1</translation>
    </message>
    <message>
        <source>No alert %1 on %2.</source>
        <translation>Kein Alarm %1 für %2.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Set up the mail server (SMTP) first.</source>
        <translation>Richten Sie zuerst den Mailserver (SMTP) ein.</translation>
    </message>
    <message>
        <source>Name at least one recipient.</source>
        <translation>Geben Sie mindestens einen Empfänger an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A report is sent weekly or monthly.</source>
        <translation>Ein Bericht wird wöchentlich oder monatlich gesendet.</translation>
    </message>
    <message>
        <source>The report and mail settings of this computer are the app&apos;s.</source>
        <translation>Die Bericht- und Mail-Einstellungen dieses Computers sind die der App.</translation>
    </message>
    <message>
        <source>Unknown import source &apos;%1&apos;.</source>
        <translation>Unbekannte Importquelle „%1“.</translation>
    </message>
    <message>
        <source>Choose what to import.</source>
        <translation>Wählen Sie, was importiert werden soll.</translation>
    </message>
    <message>
        <source>%1
Pause the collector first: an import needs the data folder to itself.</source>
        <translation>%1
Halten Sie zuerst den Collector an: Ein Import braucht den Datenordner für sich allein.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::MainWindow</name>
    <message>
        <source>RayCstr</source>
        <translation>RayCstr</translation>
    </message>
    <message>
        <source>◆ RayCstr</source>
        <translation>◆ RayCstr</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Funnels</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>Listen address: %1</source>
        <translation>Empfangsadresse: %1</translation>
    </message>
    <message>
        <source>Starting the collector…</source>
        <translation>Collector wird gestartet…</translation>
    </message>
    <message>
        <source>Collecting on %1</source>
        <translation>Erfassung auf %1</translation>
    </message>
    <message>
        <source>Collector stopped: %1</source>
        <translation>Collector angehalten: %1</translation>
    </message>
    <message>
        <source> (no keychain: the key is kept for this session only)</source>
        <translation> (kein Schlüsselbund: Der Schlüssel wird nur für diese Sitzung behalten)</translation>
    </message>
    <message>
        <source>Not running (remote mode)</source>
        <translation>Läuft nicht (entfernter Server)</translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n event today</source>
        <translation>
            <numerusform>  ·  %n Ereignis heute</numerusform>
            <numerusform>  ·  %n Ereignisse heute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ·  %Ln events today</source>
        <translation>
            <numerusform>  ·  %Ln Ereignis heute</numerusform>
            <numerusform>  ·  %Ln Ereignisse heute</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a server: showing the local collector.</source>
        <translation>Mit keinem Server verbunden: der lokale Collector wird angezeigt.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>Mit einem &amp;Server verbinden…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Funnels</source>
        <translation>&amp;Trichter</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About RayCstr</source>
        <translation>Über &amp;RayCstr</translation>
    </message>
    <message>
        <source>About RayCstr</source>
        <translation>Über RayCstr</translation>
    </message>
    <message>
        <source>&lt;b&gt;RayCstr %1&lt;/b&gt;&lt;p&gt;Privacy-first web analytics: no cookies, no IP addresses stored.&lt;/p&gt;&lt;p&gt;MIT licence. Country data: CC BY 4.0 (NRO).&lt;/p&gt;</source>
        <translation>&lt;b&gt;RayCstr %1&lt;/b&gt;&lt;p&gt;Datenschutzfreundliche Webanalyse: keine Cookies, keine gespeicherten IP-Adressen.&lt;/p&gt;&lt;p&gt;MIT-Lizenz. Länderdaten: CC BY 4.0 (NRO).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open RayCstr</source>
        <translation>RayCstr ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Pause collecting</source>
        <translation>Erfassung &amp;anhalten</translation>
    </message>
    <message>
        <source>&amp;Resume collecting</source>
        <translation>Erfassung &amp;fortsetzen</translation>
    </message>
    <message>
        <source>RayCstr keeps collecting</source>
        <translation>RayCstr erfasst weiter</translation>
    </message>
    <message>
        <source>RayCstr is still running in the tray. Quit it from the tray menu or with Ctrl+Q.</source>
        <translation>RayCstr läuft im Infobereich weiter. Beenden Sie es über dessen Menü oder mit Strg+Q.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Paused: not collecting (trackers get no answer until you resume)</source>
        <translation>Pausiert: Es wird nichts erfasst (Tracker erhalten keine Antwort, bis Sie fortsetzen)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Reports and alerts</source>
        <translation>Berichte und Alarme</translation>
    </message>
    <message>
        <source>&amp;Export dashboard…</source>
        <translation>Dashboard &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Import… (on the server: raycstr-server import)</source>
        <translation>&amp;Importieren… (auf dem Server: raycstr-server import)</translation>
    </message>
    <message>
        <source>Bring history from another tool</source>
        <translation>Verlauf aus einem anderen Werkzeug übernehmen</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::MemorySecretStore</name>
    <message>
        <source>this session only (no keychain available)</source>
        <translation>nur diese Sitzung (kein Schlüsselbund verfügbar)</translation>
    </message>
    <message>
        <source>No key stored for this session.</source>
        <translation>Für diese Sitzung ist kein Schlüssel gespeichert.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::PeriodPicker</name>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format (QDate::toString): day, month, year</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::RemoteConnectDialog</name>
    <message>
        <source>Connect to a RayCstr server</source>
        <translation>Mit einem RayCstr-Server verbinden</translation>
    </message>
    <message>
        <source>Server &amp;URL</source>
        <translation>Server-&amp;URL</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>The key is kept in your system keychain.</source>
        <translation>Der Schlüssel wird im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>No keychain is available on this system: the key is kept for this session only and asked for again next time. It is never written to disk.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar: Der Schlüssel wird nur für diese Sitzung behalten und beim nächsten Mal erneut abgefragt. Er wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Show the statistics of a headless raycstr-server, e.g. on your VPS. Create a key there with &apos;raycstr-server token create&apos;: the app then offers every site the key may read.</source>
        <translation>Die Statistik eines raycstr-server ohne Oberfläche anzeigen, z. B. auf Ihrem VPS. Erstellen Sie dort einen Schlüssel mit „raycstr-server token create“: Die App bietet dann jede Website an, die der Schlüssel lesen darf.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::RemoteDataSource</name>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>The server answered %1: %2</source>
        <translation>Der Server antwortete %1: %2</translation>
    </message>
    <message>
        <source>Not available from a remote server.</source>
        <translation>Bei einem entfernten Server nicht verfügbar.</translation>
    </message>
    <message>
        <source>The server refused the key (HTTP 401): check it, or create one with &apos;raycstr-server token create&apos;.</source>
        <translation>Der Server hat den Schlüssel abgelehnt (HTTP 401): prüfen Sie ihn oder erstellen Sie einen mit &apos;raycstr-server token create&apos;.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server address such as https://stats.example.com</source>
        <translation>„%1“ ist keine Serveradresse wie https://stats.example.com</translation>
    </message>
    <message>
        <source>The key may not read %1.</source>
        <translation>Der Schlüssel darf %1 nicht lesen.</translation>
    </message>
    <message>
        <source>The server has no site %1 (or it is not a RayCstr server).</source>
        <translation>Der Server hat keine Website %1 (oder ist kein RayCstr-Server).</translation>
    </message>
    <message>
        <source>Alert rules need an admin key on the server; this key may only read statistics.</source>
        <translation>Alarme brauchen einen Admin-Schlüssel des Servers; dieser Schlüssel darf nur Statistiken lesen.</translation>
    </message>
    <message>
        <source>This alert is in the server&apos;s config file: test it there with &apos;raycstr-server alert test&apos;.</source>
        <translation>Dieser Alarm steht in der Konfigurationsdatei des Servers: Testen Sie ihn dort mit „raycstr-server alert test“.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>The server&apos;s e-mail reports need an admin key on the server; this key may only read statistics.</source>
        <translation>Die E-Mail-Berichte des Servers brauchen einen Admin-Schlüssel des Servers; dieser Schlüssel darf nur Statistiken lesen.</translation>
    </message>
    <message>
        <source>The server did not say it was sent.</source>
        <translation>Der Server hat nicht bestätigt, dass er gesendet wurde.</translation>
    </message>
    <message>
        <source>The key may read no site on this server.</source>
        <translation>Der Schlüssel darf auf diesem Server keine Website lesen.</translation>
    </message>
    <message>
        <source>Imports run on the server: &apos;raycstr-server import --from SOURCE --site DOMAIN FILE…&apos; (with the server stopped).</source>
        <translation>Importe laufen auf dem Server: „raycstr-server import --from SOURCE --site DOMAIN FILE…“ (bei angehaltenem Server).</translation>
    </message>
    <message>
        <source>Changing a site&apos;s time zone needs an admin key on the server; this key may only read statistics.</source>
        <translation>Die Zeitzone einer Website zu ändern braucht einen Admin-Schlüssel des Servers; dieser Schlüssel darf nur Statistiken lesen.</translation>
    </message>
    <message>
        <source>The server does not list its sites (a version before /api/sites, or not a RayCstr server): name the sites to show.</source>
        <translation>Der Server listet seine Websites nicht auf (eine Version vor /api/sites oder kein RayCstr-Server): Nennen Sie die anzuzeigenden Websites.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::ReportsAlertsView</name>
    <message>
        <source>Add alert…</source>
        <translation>Alarm hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Send a test</source>
        <translation>Test senden</translation>
    </message>
    <message>
        <source>Send this site&apos;s report by e-mail</source>
        <translation>Bericht dieser Website per E-Mail senden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Send the selected alert&apos;s test message now, by e-mail and webhook</source>
        <translation>Die Testnachricht des gewählten Alarms jetzt senden, per E-Mail und Webhook</translation>
    </message>
    <message>
        <source>E-mail report</source>
        <translation>E-Mail-Bericht</translation>
    </message>
    <message>
        <source>Weekly (Mondays)</source>
        <translation>Wöchentlich (montags)</translation>
    </message>
    <message>
        <source>Monthly (on the 1st)</source>
        <translation>Monatlich (am 1.)</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Rhythmus</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>:00 Uhr</translation>
    </message>
    <message>
        <source>The hour in the site&apos;s time zone</source>
        <translation>Die Stunde in der Zeitzone der Website</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;Um</translation>
    </message>
    <message>
        <source>you@example.com, team@example.com</source>
        <translation>name@example.com, team@example.com</translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation>&amp;Empfänger</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Send the last complete week&apos;s (or month&apos;s) report to the recipients now</source>
        <translation>Den Bericht der letzten vollständigen Woche (oder des Monats) jetzt an die Empfänger senden</translation>
    </message>
    <message>
        <source>Mail server (SMTP)</source>
        <translation>Mailserver (SMTP)</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>TLS von Anfang an (Port 465)</translation>
    </message>
    <message>
        <source>None (a relay on this machine only)</source>
        <translation>Keine (nur ein Relay auf diesem Rechner)</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation>leer: keine Anmeldung</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>RayCstr &lt;stats@example.com&gt;</source>
        <translation>RayCstr &lt;stats@example.com&gt;</translation>
    </message>
    <message>
        <source>&amp;Sender</source>
        <translation>Ab&amp;sender</translation>
    </message>
    <message>
        <source>optional: a private mail server&apos;s CA (PEM)</source>
        <translation>optional: die CA eines privaten Mailservers (PEM)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;CA certificate</source>
        <translation>&amp;CA-Zertifikat</translation>
    </message>
    <message>
        <source>The password is kept in %1, never in RayCstr&apos;s settings.</source>
        <translation>Das Passwort liegt in %1, nie in den Einstellungen von RayCstr.</translation>
    </message>
    <message>
        <source>No keychain: the password is kept for this session only.</source>
        <translation>Kein Schlüsselbund: Das Passwort wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>Save the report and mail settings; the collector restarts with them</source>
        <translation>Bericht- und Mail-Einstellungen speichern; der Collector startet damit neu</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM-Zertifikate (*.pem *.crt)</translation>
    </message>
    <message>
        <source>No site.</source>
        <translation>Keine Website.</translation>
    </message>
    <message>
        <source>Could not load the alerts: %1</source>
        <translation>Alarme konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No alerts for %1 yet: add one to hear of a traffic spike, a silent tracker or a conversion.</source>
        <translation>Noch keine Alarme für %1: Fügen Sie einen hinzu, um von einem Besucheranstieg, einem stillen Tracker oder einer Conversion zu erfahren.</translation>
    </message>
    <message>
        <source>Remove alert</source>
        <translation>Alarm entfernen</translation>
    </message>
    <message>
        <source>Remove the alert “%1”?</source>
        <translation>Den Alarm „%1“ entfernen?</translation>
    </message>
    <message>
        <source>The test was not sent: %1</source>
        <translation>Der Test wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Select the alert to test.</source>
        <translation>Wählen Sie den Alarm, der getestet werden soll.</translation>
    </message>
    <message>
        <source>Sending a test of the alert…</source>
        <translation>Test des Alarms wird gesendet…</translation>
    </message>
    <message>
        <source>Test alert sent to %1.</source>
        <translation>Testalarm an %1 gesendet.</translation>
    </message>
    <message>
        <source>Sending a test report…</source>
        <translation>Testbericht wird gesendet…</translation>
    </message>
    <message>
        <source>Test report sent to %1.</source>
        <translation>Testbericht an %1 gesendet.</translation>
    </message>
    <message>
        <source>Report and mail settings saved.</source>
        <translation>Bericht- und Mail-Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Connected to a server: its alerts change through its alerts API, and its e-mail reports and mail server are read from its config file (reports:, smtp:) and shown here read-only: change them on the server. Send a test goes through the server with its mail settings; the recipients, period and language here are for the test only. All of this needs an admin key.</source>
        <translation>Mit einem Server verbunden: Seine Alarme werden über seine Alarm-API geändert, seine E-Mail-Berichte und sein Mailserver werden aus seiner Konfigurationsdatei (reports:, smtp:) gelesen und hier nur angezeigt: Ändern Sie sie auf dem Server. „Test senden“ läuft über den Server mit seinen Mail-Einstellungen; Empfänger, Zeitraum und Sprache hier gelten nur für den Test. Für all das ist ein Admin-Schlüssel nötig.</translation>
    </message>
    <message>
        <source>Could not read the server&apos;s report settings: %1</source>
        <translation>Die Berichtseinstellungen des Servers konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>set on the server</source>
        <translation>auf dem Server gesetzt</translation>
    </message>
    <message>
        <source>none on the server</source>
        <translation>auf dem Server keines</translation>
    </message>
    <message>
        <source>The server has no mail server (smtp:) in its config file.</source>
        <translation>Der Server hat keinen Mailserver (smtp:) in seiner Konfigurationsdatei.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::SettingsView</name>
    <message>
        <source>Add site</source>
        <translation>Website hinzufügen</translation>
    </message>
    <message>
        <source>Embedded collector</source>
        <translation>Integrierter Collector</translation>
    </message>
    <message>
        <source>Where the collector takes events: 127.0.0.1:8080 for this machine only, :8080 for every network interface.</source>
        <translation>Wo der Collector Ereignisse annimmt: 127.0.0.1:8080 nur für diesen Rechner, :8080 für alle Netzwerkschnittstellen.</translation>
    </message>
    <message>
        <source>Listen &amp;address</source>
        <translation>&amp;Empfangsadresse</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Data folder</source>
        <translation>&amp;Datenordner</translation>
    </message>
    <message>
        <source>none found: countries unknown</source>
        <translation>keine gefunden: Länder unbekannt</translation>
    </message>
    <message>
        <source>&amp;GeoIP database</source>
        <translation>&amp;GeoIP-Datenbank</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <comment>after the number of days</comment>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Raw events older than this are deleted; the daily rollups behind the dashboard are kept.</source>
        <translation>Ältere Rohereignisse werden gelöscht; die täglichen Zusammenfassungen für das Dashboard bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Keep raw events for</source>
        <translation>&amp;Rohereignisse aufbewahren</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show the statistics of a headless raycstr-server (e.g. on your VPS)</source>
        <translation>Die Statistik eines raycstr-server ohne Oberfläche anzeigen (z. B. auf Ihrem VPS)</translation>
    </message>
    <message>
        <source>Apply and restart collector</source>
        <translation>Übernehmen und Collector neu starten</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Websites</translation>
    </message>
    <message>
        <source>yoursite.com</source>
        <translation>ihre-website.de</translation>
    </message>
    <message>
        <source>New site domain</source>
        <translation>Domain der neuen Website</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Keys let scripts and other RayCstr apps read your statistics over the stats API. A key is shown once, when it is created.</source>
        <translation>Mit Schlüsseln können Skripte und andere RayCstr-Apps Ihre Statistik über die Statistik-API lesen. Ein Schlüssel wird einmal angezeigt, wenn er erstellt wird.</translation>
    </message>
    <message>
        <source>Label, e.g. &quot;laptop&quot;</source>
        <translation>Bezeichnung, z. B. „Laptop“</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Takes effect when RayCstr is restarted.</source>
        <translation>Wirkt nach einem Neustart von RayCstr.</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Connected to a remote server: manage its sites and keys on the server with &apos;raycstr-server site&apos; and &apos;raycstr-server token&apos;.</source>
        <translation>Mit einem entfernten Server verbunden: Verwalten Sie dessen Websites und Schlüssel auf dem Server mit &apos;raycstr-server site&apos; und &apos;raycstr-server token&apos;.</translation>
    </message>
    <message>
        <source>Use this computer&apos;s collector instead</source>
        <translation>Stattdessen den Collector dieses Computers verwenden</translation>
    </message>
    <message>
        <source>The new language is used when RayCstr is restarted.</source>
        <translation>Die neue Sprache gilt nach einem Neustart von RayCstr.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>GeoIP database</source>
        <translation>GeoIP-Datenbank</translation>
    </message>
    <message>
        <source>MaxMind databases (*.mmdb)</source>
        <translation>MaxMind-Datenbanken (*.mmdb)</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>Website entfernen</translation>
    </message>
    <message>
        <source>Stop tracking %1 and delete all its data?</source>
        <translation>%1 nicht mehr erfassen und alle Daten löschen?</translation>
    </message>
    <message>
        <source>New key (copy it now, it is not shown again): &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Neuer Schlüssel (jetzt kopieren, er wird nicht erneut angezeigt): &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Empfangsadresse</translation>
    </message>
    <message>
        <source>The collector moved from %1 to %2: update the snippet on your sites.</source>
        <translation>Der Collector ist von %1 nach %2 umgezogen: Aktualisieren Sie das Snippet auf Ihren Websites.</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Mit einem Server verbinden…</translation>
    </message>
    <message>
        <source>No statistics are shown: use this computer&apos;s collector, or connect to a server.</source>
        <translation>Es werden keine Statistiken angezeigt: Verwenden Sie den Collector dieses Computers oder verbinden Sie sich mit einem Server.</translation>
    </message>
    <message>
        <source>Change time zone</source>
        <translation>Zeitzone ändern</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation>Web&amp;site</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Where the site&apos;s days start in every report, from now on: days already counted keep their totals.</source>
        <translation>Wo die Tage der Website in jedem Bericht beginnen, ab jetzt: Bereits gezählte Tage behalten ihre Summen.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::SitesModel</name>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::TableExport</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export every row of this table as a CSV file</source>
        <translation>Alle Zeilen dieser Tabelle als CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Reading the rows…</source>
        <translation>Zeilen werden gelesen…</translation>
    </message>
    <message>
        <source>The data source changed during the export.</source>
        <translation>Die Datenquelle hat sich während des Exports geändert.</translation>
    </message>
    <message>
        <source>Reading the goals…</source>
        <translation>Ziele werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the Web Vitals…</source>
        <translation>Web Vitals werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the funnel…</source>
        <translation>Trichter wird gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exporting the dashboard to %1…</source>
        <translation>Dashboard wird nach %1 exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row in %1 files to %2.</source>
        <translation>
            <numerusform>%n Zeile in %1 Dateien nach %2 exportiert.</numerusform>
            <numerusform>%n Zeilen in %1 Dateien nach %2 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows in %1 files to %2.</source>
        <translation>
            <numerusform>%n Zeile in %1 Dateien nach %2 exportiert.</numerusform>
            <numerusform>%n Zeilen in %1 Dateien nach %2 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>raycstr::ui::TimeZoneBox</name>
    <message>
        <source>Search a city or region, e.g. Berlin</source>
        <translation>Stadt oder Region suchen, z. B. Berlin</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::TimeseriesChart</name>
    <message>
        <source>d MMM</source>
        <comment>date format of the chart&apos;s axis: day, short month</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>%1, %2:00</source>
        <translation>%1, %2:00 Uhr</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format: weekday, day, short month</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format: weekday, day, short month, year</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format: month, year</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>date format of the chart&apos;s axis: short month, year</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <comment>a bucket still running</comment>
        <translation>%1 (bisher)</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Vorjahreszeitraum</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorperiode</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <comment>date, metric, value</comment>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>comparison, its date, value</comment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Vorjahr</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorperiode</translation>
    </message>
    <message>
        <source>, %1 pts</source>
        <comment>change of a rate in percentage points</comment>
        <translation>, %1 Pp.</translation>
    </message>
    <message>
        <source>, %1%</source>
        <comment>change against the comparison</comment>
        <translation>, %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::VitalsModel</name>
    <message>
        <source>All pages</source>
        <translation>Alle Seiten</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message numerus="yes">
        <source>%1
P75 %2, P95 %3 (%n samples)</source>
        <translation>
            <numerusform>%1
P75 %2, P95 %3 (%n Messung)</numerusform>
            <numerusform>%1
P75 %2, P95 %3 (%n Messungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>%1 (P75 · P95)</source>
        <translation>%1 (P75 · P95)</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::VitalsPanel</name>
    <message>
        <source>Web Vitals</source>
        <translation>Web Vitals</translation>
    </message>
    <message>
        <source>No Web Vitals reported in this period</source>
        <translation>Keine Web Vitals in diesem Zeitraum</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>needs improvement</source>
        <translation>verbesserungswürdig</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::WorldMap</name>
    <message>
        <source>World map of visitors</source>
        <translation>Weltkarte der Besucher</translation>
    </message>
    <message>
        <source>%1: %2 visitor</source>
        <translation>%1: %2 Besucher</translation>
    </message>
    <message>
        <source>%1: %2 visitors</source>
        <translation>%1: %2 Besucher</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::WorldMapPanel</name>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Visitors of unknown country: %1</source>
        <translation>Besucher aus unbekanntem Land: %1</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::format</name>
    <message>
        <source>%1M</source>
        <comment>millions, abbreviated</comment>
        <translation>%1&#xa0;Mio.</translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands, abbreviated</comment>
        <translation>%1&#xa0;Tsd.</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>seconds</comment>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <comment>minutes and seconds</comment>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <comment>hours and minutes</comment>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Desktop</source>
        <comment>device type</comment>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Mobile</source>
        <comment>device type</comment>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Tablet</source>
        <comment>device type</comment>
        <translation>Tablet</translation>
    </message>
    <message>
        <source>Direct / None</source>
        <translation>Direkt / Keine</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Entry page</source>
        <translation>Einstiegsseite</translation>
    </message>
    <message>
        <source>Exit page</source>
        <translation>Ausstiegsseite</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Verweis</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>UTM-Quelle</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>UTM-Medium</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>UTM-Kampagne</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>Largest Contentful Paint</source>
        <translation>Largest Contentful Paint</translation>
    </message>
    <message>
        <source>Interaction to Next Paint</source>
        <translation>Interaction to Next Paint</translation>
    </message>
    <message>
        <source>Cumulative Layout Shift</source>
        <translation>Cumulative Layout Shift</translation>
    </message>
    <message>
        <source>First Contentful Paint</source>
        <translation>First Contentful Paint</translation>
    </message>
    <message>
        <source>Time to First Byte</source>
        <translation>Time to First Byte</translation>
    </message>
</context>
</TS>
