<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>main</name>
    <message>
        <source>RayCstr: privacy-first web analytics on your desktop.</source>
        <translation>RayCstr: analítica web respetuosa con la privacidad, en tu escritorio.</translation>
    </message>
    <message>
        <source>Use this settings file.</source>
        <translation>Usar este archivo de configuración.</translation>
    </message>
    <message>
        <source>Use this language (de, fr, es or en) instead of the Language setting.</source>
        <translation>Usar este idioma (de, fr, es o en) en lugar del ajuste Idioma.</translation>
    </message>
    <message>
        <source>Render every main screen to PNG files in DIR.</source>
        <translation>Guardar cada pantalla principal como PNG en DIR.</translation>
    </message>
    <message>
        <source>Data folder (with --render-screens).</source>
        <translation>Carpeta de datos (con --render-screens).</translation>
    </message>
    <message>
        <source>Render with a dark palette.</source>
        <translation>Usar una paleta oscura.</translation>
    </message>
    <message>
        <source>--render-screens needs --data DIR</source>
        <translation>--render-screens necesita --data DIR</translation>
    </message>
    <message>
        <source>no keychain (%1): API keys are kept for this session only</source>
        <translation>sin llavero (%1): las claves de API solo se guardan durante esta sesión</translation>
    </message>
    <message>
        <source>Window size to render at (default 1280x800).</source>
        <translation>Tamaño de la ventana al renderizar (por defecto 1280x800).</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT in pixels, such as 960x640</source>
        <translation>--size espera ANCHOxALTO en píxeles, por ejemplo 960x640</translation>
    </message>
</context>
<context>
    <name>raycstr::AccessLogReader</name>
    <message>
        <source>not a time: &apos;%1&apos;</source>
        <translation>no es una hora: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not an HTTP status: &apos;%1&apos;</source>
        <translation>no es un estado HTTP: &apos;%1&apos;</translation>
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
        <translation>  alert add --site DOMINIO --type spike|drop|goal (--email DIRECCIÓN | --webhook URL)
                        Alerta ante un pico de tráfico (--visitors N), una caída (--hours N
                        sin páginas vistas) o las conversiones de un objetivo (--goal NOMBRE).
  alert list | alert remove ID | alert test ID
</translation>
    </message>
    <message>
        <source>add, list, remove or test</source>
        <translation>add, list, remove o test</translation>
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
        <translation>Alertas por correo (los ajustes smtp: de la configuración) o webhook (Slack, Mattermost, la URL /slack de Discord, o texto plano para ntfy):

  add --site DOMINIO --type spike --visitors N   los visitantes actuales llegan a N
  add --site DOMINIO --type drop --hours N       ninguna página vista durante N horas
  add --site DOMINIO --type goal --goal NOMBRE [--digest]
                                  cada conversión (o un resumen diario)
  list [--site DOMINIO] [--json]  las reglas (las del archivo de configuración marcadas config)
  remove ID                       eliminar una regla
  test ID                         enviar ahora un mensaje de prueba a sus canales</translation>
    </message>
    <message>
        <source>The rule&apos;s ID (remove, test)</source>
        <translation>El ID de la regla (remove, test)</translation>
    </message>
    <message>
        <source>The site (its domain).</source>
        <translation>El sitio (su dominio).</translation>
    </message>
    <message>
        <source>spike, drop or goal.</source>
        <translation>spike, drop o goal.</translation>
    </message>
    <message>
        <source>spike: current visitors that fire it.</source>
        <translation>spike: visitantes actuales que la disparan.</translation>
    </message>
    <message>
        <source>drop: hours without a pageview that fire it.</source>
        <translation>drop: horas sin páginas vistas que la disparan.</translation>
    </message>
    <message>
        <source>goal: the goal&apos;s name.</source>
        <translation>goal: el nombre del objetivo.</translation>
    </message>
    <message>
        <source>Minutes without a second message (default 60).</source>
        <translation>Minutos sin un segundo mensaje (60 por defecto).</translation>
    </message>
    <message>
        <source>A recipient; repeatable.</source>
        <translation>Un destinatario; repetible.</translation>
    </message>
    <message>
        <source>A webhook URL to POST to.</source>
        <translation>Una URL de webhook a la que enviar (POST).</translation>
    </message>
    <message>
        <source>slack (default: {&quot;text&quot;: …}) or text (plain).</source>
        <translation>slack (por defecto: {&quot;text&quot;: …}) o text (texto plano).</translation>
    </message>
    <message>
        <source>goal: one message a day, not one each.</source>
        <translation>goal: un mensaje al día, no uno por conversión.</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Mostrar la lista como JSON.</translation>
    </message>
    <message>
        <source>alert %1: expected one alert ID</source>
        <translation>alert %1: se esperaba un ID de alerta</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an alert ID (see &apos;alert list&apos;)</source>
        <translation>&apos;%1&apos; no es un ID de alerta (véase &apos;alert list&apos;)</translation>
    </message>
    <message>
        <source>alert add needs --site DOMAIN and --type spike|drop|goal</source>
        <translation>alert add necesita --site DOMINIO y --type spike|drop|goal</translation>
    </message>
    <message>
        <source>--type takes spike, drop or goal, not &apos;%1&apos;</source>
        <translation>--type acepta spike, drop o goal, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--webhook-format takes slack or text</source>
        <translation>--webhook-format acepta slack o text</translation>
    </message>
    <message>
        <source>Note: no smtp: section in the config yet; e-mail alerts wait for one.</source>
        <translation>Nota: aún no hay sección smtp: en la configuración; las alertas por correo la esperan.</translation>
    </message>
    <message>
        <source>Added alert %1: %2.</source>
        <translation>Alerta %1 añadida: %2.</translation>
    </message>
    <message>
        <source>No alerts. Add one with &apos;alert add&apos;.</source>
        <translation>No hay alertas. Añada una con &apos;alert add&apos;.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGLA</translation>
    </message>
    <message>
        <source>COOL-DOWN</source>
        <translation>ESPERA</translation>
    </message>
    <message>
        <source>SENDS TO</source>
        <translation>ENVÍA A</translation>
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
        <translation>no hay alerta %1 (véase &apos;alert list&apos;)</translation>
    </message>
    <message>
        <source>Removed alert %1: %2.</source>
        <translation>Alerta %1 eliminada: %2.</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>no enviado: %1</translation>
    </message>
    <message>
        <source>the test message reached no channel</source>
        <translation>el mensaje de prueba no llegó a ningún canal</translation>
    </message>
    <message>
        <source>Sent a test of alert %1 (%2).</source>
        <translation>Prueba de la alerta %1 enviada (%2).</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, not &apos;%2&apos;</source>
        <translation>--%1 espera un número entero, no &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>raycstr::AlertRule</name>
    <message>
        <source>an alert needs a site</source>
        <translation>una alerta necesita un sitio</translation>
    </message>
    <message>
        <source>a spike alert needs visitors between 1 and 10000000</source>
        <translation>una alerta spike necesita visitors entre 1 y 10000000</translation>
    </message>
    <message>
        <source>a drop alert needs hours between 1 and 720</source>
        <translation>una alerta drop necesita hours entre 1 y 720</translation>
    </message>
    <message>
        <source>a goal alert needs the goal&apos;s name</source>
        <translation>una alerta goal necesita el nombre del objetivo</translation>
    </message>
    <message>
        <source>cooldown_minutes must be between 1 and %1</source>
        <translation>cooldown_minutes debe estar entre 1 y %1</translation>
    </message>
    <message>
        <source>an alert needs an e-mail address or a webhook to send to</source>
        <translation>una alerta necesita una dirección de correo o un webhook al que enviar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; no es una dirección de correo</translation>
    </message>
    <message>
        <source>the webhook must be an http:// or https:// URL</source>
        <translation>el webhook debe ser una URL http:// o https://</translation>
    </message>
    <message>
        <source>alerts must be a list of {site, type, …}</source>
        <translation>alerts debe ser una lista de {site, type, …}</translation>
    </message>
    <message>
        <source>each alert must be a mapping: site, type, visitors, hours, goal, digest, cooldown_minutes, email, webhook, webhook_format</source>
        <translation>cada alerta debe ser un mapa: site, type, visitors, hours, goal, digest, cooldown_minutes, email, webhook, webhook_format</translation>
    </message>
    <message>
        <source>type must be spike, drop or goal</source>
        <translation>type debe ser spike, drop o goal</translation>
    </message>
    <message>
        <source>webhook_format must be slack or text</source>
        <translation>webhook_format debe ser slack o text</translation>
    </message>
    <message>
        <source>unknown setting &apos;alerts.%1&apos;</source>
        <translation>ajuste desconocido «alerts.%1»</translation>
    </message>
    <message>
        <source>an alert needs a type: spike, drop or goal</source>
        <translation>una alerta necesita un type: spike, drop o goal</translation>
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
        <translation>  token create          Crear una clave de API para la API de estadísticas (se muestra una vez).
  token list            Listar las claves de API (nunca sus secretos).
  token revoke ID       Revocar una clave de API; deja de funcionar al instante.
  user set-password     Establecer la contraseña de administrador del panel (leída de stdin).
  share create DOMAIN   Crear un enlace público de solo lectura a las estadísticas de un sitio.
  share list            Listar los enlaces compartidos.
  share revoke ID       Revocar un enlace compartido.
</translation>
    </message>
    <message>
        <source>Manage API keys for the stats API (&quot;Authorization: Bearer &lt;key&gt;&quot;).

  create [--site DOMAIN] [--admin] [--label TEXT]   make a key; it is shown once
  list [--json] [--sessions]                        list keys (no secrets)
  revoke ID                                         revoke a key at once</source>
        <translation>Gestionar las claves de la API de estadísticas («Authorization: Bearer &lt;clave&gt;»).

  create [--site DOMAIN] [--admin] [--label TEXT]   crear una clave; se muestra una sola vez
  list [--json] [--sessions]                        listar las claves (sin sus secretos)
  revoke ID                                         revocar una clave al instante</translation>
    </message>
    <message>
        <source>create, list or revoke</source>
        <translation>create, list o revoke</translation>
    </message>
    <message>
        <source>The key&apos;s id (revoke).</source>
        <translation>El ID de la clave (revoke).</translation>
    </message>
    <message>
        <source>Limit the key to one site (default: every site).</source>
        <translation>Limitar la clave a un sitio (por defecto: todos los sitios).</translation>
    </message>
    <message>
        <source>Allow admin routes too (default: read-only).</source>
        <translation>Permitir también las rutas de administración (por defecto: solo lectura).</translation>
    </message>
    <message>
        <source>A note to recognise the key by in &apos;token list&apos;.</source>
        <translation>Una nota para reconocer la clave en &apos;token list&apos;.</translation>
    </message>
    <message>
        <source>List open dashboard login sessions too.</source>
        <translation>Listar también las sesiones abiertas del panel.</translation>
    </message>
    <message>
        <source>token revoke: expected one key ID (a number, see &apos;token list&apos;)</source>
        <translation>token revoke: se esperaba un ID de clave (un número, ver &apos;token list&apos;)</translation>
    </message>
    <message>
        <source>no site %1 (see &apos;site list&apos;)</source>
        <translation>no existe el sitio %1 (ver &apos;site list&apos;)</translation>
    </message>
    <message>
        <source>Created API key %1 (%2, %3).
</source>
        <translation>Clave de API %1 creada (%2, %3).
</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administración</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>todos los sitios</translation>
    </message>
    <message>
        <source>Copy it now: it is shown only this once and cannot be recovered.
</source>
        <translation>Copia este secreto ahora: solo se muestra esta vez y no se puede recuperar.
</translation>
    </message>
    <message>
        <source>Send it as: Authorization: Bearer &lt;key&gt;
</source>
        <translation>Envíala así: Authorization: Bearer &lt;clave&gt;
</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>sitio %1</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>No API keys. Create one with &apos;%1 token create&apos;.
</source>
        <translation>No hay claves de API. Crea una con &apos;%1 token create&apos;.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>ETIQUETA</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>ALCANCE</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREACIÓN</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ÚLTIMO USO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>revocación %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>caduca %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>Revoked API key %1.
</source>
        <translation>Clave de API %1 revocada.
</translation>
    </message>
    <message>
        <source>Manage the dashboard&apos;s admin account.

  set-password   set the admin password (at least 10 characters). On a terminal it is
                 asked for twice without echo; otherwise the first line of standard
                 input is the password, e.g.:
                 printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | raycstr-server user set-password
Setting it signs out every dashboard session.</source>
        <translation>Gestionar la cuenta de administrador del panel.

  set-password   establecer la contraseña de administrador (10 caracteres como mínimo). En
                 un terminal se pide dos veces sin eco; si no, la primera línea de la
                 entrada estándar es la contraseña, por ejemplo:
                 printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | raycstr-server user set-password
Establecerla cierra todas las sesiones del panel.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input without prompting, even on a terminal.</source>
        <translation>Leer la contraseña de la primera línea de la entrada estándar sin preguntar, incluso en un terminal.</translation>
    </message>
    <message>
        <source>user set-password takes no arguments: the password is read from standard input, never from the command line</source>
        <translation>user set-password no admite argumentos: la contraseña se lee de la entrada estándar, nunca de la línea de comandos</translation>
    </message>
    <message>
        <source>Admin password set.</source>
        <translation>Contraseña de administrador establecida.</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>no hay contraseña en la entrada estándar</translation>
    </message>
    <message>
        <source>New admin password: </source>
        <translation>Nueva contraseña de administrador: </translation>
    </message>
    <message>
        <source>no password entered</source>
        <translation>no se ha introducido ninguna contraseña</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Repítela: </translation>
    </message>
    <message>
        <source>the passwords do not match; nothing changed</source>
        <translation>las contraseñas no coinciden; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>Manage share links: read-only access to one site&apos;s stats for anyone with the link.

  create DOMAIN [--label TEXT]   make a link; its secret is shown once
  list [DOMAIN] [--json]         list links (no secrets)
  revoke ID                      revoke a link at once</source>
        <translation>Gestionar los enlaces compartidos: acceso de solo lectura a las estadísticas de un sitio para quien tenga el enlace.

  create DOMAIN [--label TEXT]   crear un enlace; su secreto se muestra una vez
  list [DOMAIN] [--json]         listar los enlaces (sin sus secretos)
  revoke ID                      revocar un enlace al instante</translation>
    </message>
    <message>
        <source>DOMAIN (create, list) or ID (revoke).</source>
        <translation>DOMAIN (create, list) o ID (revoke).</translation>
    </message>
    <message>
        <source>A note to recognise the link by in &apos;share list&apos;.</source>
        <translation>Una nota para reconocer el enlace en &apos;share list&apos;.</translation>
    </message>
    <message>
        <source>share create: expected exactly one DOMAIN</source>
        <translation>share create: se esperaba exactamente un DOMAIN</translation>
    </message>
    <message>
        <source>share list: expected at most one DOMAIN</source>
        <translation>share list: se esperaba como máximo un DOMAIN</translation>
    </message>
    <message>
        <source>share revoke: expected one link ID (a number, see &apos;share list&apos;)</source>
        <translation>share revoke: se esperaba un ID de enlace (un número, ver &apos;share list&apos;)</translation>
    </message>
    <message>
        <source>Created share link %1 for %2: anyone with it can read this site&apos;s stats (read-only).
</source>
        <translation>Enlace compartido %1 creado para %2: quien lo tenga puede leer las estadísticas de este sitio (solo lectura).
</translation>
    </message>
    <message>
        <source>  secret:  </source>
        <translation>  secreto:      </translation>
    </message>
    <message>
        <source>  stats:   </source>
        <translation>  estadísticas: </translation>
    </message>
    <message>
        <source>Any stats request for this site takes it as ?auth=&lt;secret&gt; (prefix the path with your RayCstr address).
</source>
        <translation>Cualquier petición de estadísticas de este sitio lo acepta como ?auth=&lt;secreto&gt; (antepón a la ruta la dirección de tu RayCstr).
</translation>
    </message>
    <message>
        <source>No share links. Create one with &apos;%1 share create DOMAIN&apos;.
</source>
        <translation>No hay enlaces compartidos. Crea uno con &apos;%1 share create DOMAIN&apos;.
</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITIO</translation>
    </message>
    <message>
        <source>Revoked share link %1.
</source>
        <translation>Enlace compartido %1 revocado.
</translation>
    </message>
    <message>
        <source>No admin password is set. None is generated here: this output is not a terminal and may be a log, and a secret never goes to a log.
  Set the dashboard&apos;s password:  %1
  Or create an API key:          %2
</source>
        <translation>No hay contraseña de administrador. Aquí no se genera ninguna: esta salida no es un terminal y puede ser un registro, y un secreto nunca va a un registro.
  Establecer la contraseña del panel:  %1
  O crear una clave de API:            %2
</translation>
    </message>
    <message>
        <source>Admin password (shown once): </source>
        <translation>Contraseña de administrador (se muestra una vez): </translation>
    </message>
    <message>
        <source>  Sign in to the dashboard with it; change it with &apos;%1 user set-password&apos;.
</source>
        <translation>  Inicia sesión en el panel con ella; cámbiala con &apos;%1 user set-password&apos;.
</translation>
    </message>
    <message numerus="yes">
        <source>%n dashboard session(s) signed out.</source>
        <translation>
            <numerusform>%n sesión del panel cerrada.</numerusform>
            <numerusform>%n sesiones del panel cerradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the list (or the new key) as JSON.</source>
        <translation>Mostrar la lista (o la clave nueva) en JSON.</translation>
    </message>
    <message>
        <source>create: print only the key.</source>
        <translation>create: mostrar solo la clave.</translation>
    </message>
    <message>
        <source>Print the list (or the new link) as JSON.</source>
        <translation>Mostrar la lista (o el enlace nuevo) en JSON.</translation>
    </message>
    <message>
        <source>create: print only the secret.</source>
        <translation>create: mostrar solo el secreto.</translation>
    </message>
</context>
<context>
    <name>raycstr::BackupCli</name>
    <message>
        <source>  backup FILE           Copy the database while the server runs (no salts,
                        checked, mode 0600).
  restore FILE          Replace the database with a backup (server stopped).
</source>
        <translation>  backup FILE           Copiar la base de datos con el servidor en marcha (sin sales,
                        comprobada, modo 0600).
  restore FILE          Sustituir la base de datos por una copia (servidor parado).
</translation>
    </message>
    <message>
        <source>Copy the database to FILE while the server runs: one consistent snapshot, the salts left out, checked with integrity_check, readable by its owner only.</source>
        <translation>Copiar la base de datos a FILE con el servidor en marcha: una instantánea coherente, sin las sales, comprobada con integrity_check, legible solo por su propietario.</translation>
    </message>
    <message>
        <source>Where to write the backup.</source>
        <translation>Dónde escribir la copia.</translation>
    </message>
    <message>
        <source>backup takes one FILE</source>
        <translation>backup admite un solo FILE</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 MiB in %3 s; salts left out, integrity checked).</source>
        <translation>Copia escrita en %1 (%2 MiB en %3 s; sin sales, integridad comprobada).</translation>
    </message>
    <message>
        <source>Replace the database with a backup. Stop the server first. The file is checked before anything changes; the current database is kept aside until the restored one has opened.</source>
        <translation>Sustituir la base de datos por una copia. Pare antes el servidor. El archivo se comprueba antes de cambiar nada; la base actual se guarda aparte hasta que la restaurada se haya abierto.</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>La copia que se restaura.</translation>
    </message>
    <message>
        <source>restore takes one FILE</source>
        <translation>restore admite un solo FILE</translation>
    </message>
    <message>
        <source>Restored %1 into %2. Start the server; it makes a new salt, so today&apos;s returning visitors are counted once more.</source>
        <translation>%1 restaurado en %2. Inicie el servidor; crea una sal nueva, así que los visitantes que vuelven hoy se cuentan una vez más.</translation>
    </message>
</context>
<context>
    <name>raycstr::BackupScheduler</name>
    <message>
        <source>cannot create the backup folder</source>
        <translation>no se puede crear la carpeta de copias</translation>
    </message>
</context>
<context>
    <name>raycstr::ClickHouseSchema</name>
    <message>
        <source>the ClickHouse database %1 has schema version %2, newer than this RayCstr knows (%3): upgrade RayCstr</source>
        <translation>la base de datos ClickHouse %1 tiene la versión de esquema %2, más nueva que la que conoce este RayCstr (%3): actualice RayCstr</translation>
    </message>
    <message>
        <source>the ClickHouse server %1 has no cluster &quot;%2&quot; in its remote_servers</source>
        <translation>el servidor ClickHouse %1 no tiene ningún clúster «%2» en sus remote_servers</translation>
    </message>
    <message>
        <source>the ClickHouse database %1 was written by an older RayCstr (schema version 1, %2 events) without the daily rollups this version reads, and they cannot be rebuilt from its events: copy the SQLite store into a new database with `raycstr-server migrate --to clickhouse://…/NEWDB`, or drop the database</source>
        <translation>la base de datos ClickHouse %1 la escribió un RayCstr anterior (versión de esquema 1, %2 eventos) sin las sumas diarias que lee esta versión, y no se pueden reconstruir a partir de sus eventos: copie el almacén SQLite en una base de datos nueva con `raycstr-server migrate --to clickhouse://…/NUEVABD`, o elimine la base de datos</translation>
    </message>
</context>
<context>
    <name>raycstr::CsvReader</name>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un campo entre comillas nunca se cierra</translation>
    </message>
    <message>
        <source>a &apos;&quot;&apos; in the middle of a field</source>
        <translation>un &apos;&quot;&apos; en medio de un campo</translation>
    </message>
</context>
<context>
    <name>raycstr::DataDirLock</name>
    <message>
        <source>cannot create data directory %1</source>
        <translation>no se puede crear la carpeta de datos %1</translation>
    </message>
    <message>
        <source>the data directory %1 is in use by another RayCstr server (pid %2 on host %3, %4): stop it first, or give this one its own --data directory. If no such process runs any more on %3, delete %5</source>
        <translation>el directorio de datos %1 lo usa otro servidor RayCstr (pid %2 en el equipo %3, %4): párelo antes o dé a este su propio directorio --data. Si ese proceso ya no se ejecuta en %3, borre %5</translation>
    </message>
    <message>
        <source>cannot lock %1 (%2)</source>
        <translation>no se puede bloquear %1 (%2)</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>held, holder unknown</source>
        <translation>ocupado, titular desconocido</translation>
    </message>
</context>
<context>
    <name>raycstr::Database</name>
    <message>
        <source>the database is at schema version %1, newer than this RayCstr understands (%2); upgrade RayCstr</source>
        <translation>la base de datos está en la versión de esquema %1, más reciente de la que entiende este RayCstr (%2); actualiza RayCstr</translation>
    </message>
    <message>
        <source>missing migration %1</source>
        <translation>falta la migración %1</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>falló la migración %1: %2</translation>
    </message>
    <message>
        <source>cannot create data directory %1</source>
        <translation>no se puede crear la carpeta de datos %1</translation>
    </message>
    <message>
        <source>no RayCstr database in %1</source>
        <translation>no hay ninguna base de datos de RayCstr en %1</translation>
    </message>
    <message>
        <source>database schema version %1, expected %2: start the server once to migrate it</source>
        <translation>versión de esquema %1, se esperaba %2: inicia el servidor una vez para migrarla</translation>
    </message>
    <message>
        <source>the database %1 is damaged (%2). Stop every RayCstr that uses it, then either restore your latest backup to %1, or move the damaged file aside to start with an empty database: rename %1 (and %1-wal, %1-shm if present) to %1.damaged</source>
        <translation>la base de datos %1 está dañada (%2). Pare todo RayCstr que la use y luego restaure su última copia en %1, o aparte el archivo dañado para empezar con una base vacía: cambie el nombre de %1 (y de %1-wal, %1-shm si existen) a %1.damaged</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not RayCstr&apos;s: point --data at another directory, or move that file away</source>
        <translation>%1 es una base de datos SQLite, pero no de RayCstr: indique otro directorio con --data o mueva ese archivo</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), and RayCstr did not create it so: a failed copy or restore leaves such a file. Restore your latest backup to %1; or, to start with an empty database, delete %1</source>
        <translation>%1 está vacío (0 bytes) y RayCstr no lo creó así: una copia o restauración fallida deja un archivo así. Restaure su última copia en %1; o, para empezar con una base vacía, borre %1</translation>
    </message>
</context>
<context>
    <name>raycstr::ExportCli</name>
    <message>
        <source>  export --site DOMAIN --out FILE.zip [--period 30d] [--filter F]
                        The reports as CSV files in Plausible&apos;s export layout.
</source>
        <translation>  export --site DOMAIN --out FILE.zip [--period 30d] [--filter F]
                        Los informes como archivos CSV en el formato de exportación de Plausible.
</translation>
    </message>
    <message>
        <source>Write a site&apos;s reports as the CSV files of Plausible&apos;s export (imported_visitors, imported_sources, imported_pages, …), one row per day and value, into a zip archive. Runs while the server runs.</source>
        <translation>Escribir los informes de un sitio como los archivos CSV de la exportación de Plausible (imported_visitors, imported_sources, imported_pages, …), una fila por día y valor, en un archivo zip. Funciona con el servidor en marcha.</translation>
    </message>
    <message>
        <source>The site (its domain).</source>
        <translation>El sitio (su dominio).</translation>
    </message>
    <message>
        <source>The zip file to write.</source>
        <translation>El archivo zip que se escribe.</translation>
    </message>
    <message>
        <source>day, 7d, 30d (default), 90d, month, 12mo or custom (with --from and --to).</source>
        <translation>day, 7d, 30d (predeterminado), 90d, month, 12mo o custom (con --from y --to).</translation>
    </message>
    <message>
        <source>The reference day (YYYY-MM-DD) for day, month and the last-N periods.</source>
        <translation>El día de referencia (AAAA-MM-DD) para day, month y los periodos de los últimos N días.</translation>
    </message>
    <message>
        <source>First day of a custom period.</source>
        <translation>Primer día de un periodo personalizado.</translation>
    </message>
    <message>
        <source>Last day of a custom period.</source>
        <translation>Último día de un periodo personalizado.</translation>
    </message>
    <message>
        <source>A filter as the stats API takes it (page*=/blog/**); repeatable.</source>
        <translation>Un filtro como lo admite la API de estadísticas (page*=/blog/**); repetible.</translation>
    </message>
    <message>
        <source>Add the period&apos;s raw events as csv or ndjson (no IPs, no User-Agents, no visitor hashes: none are stored).</source>
        <translation>Añadir los eventos en bruto del periodo como csv o ndjson (sin IP, sin User-Agent, sin hash de visitante: nada de eso se guarda).</translation>
    </message>
    <message>
        <source>export needs --site DOMAIN and --out FILE.zip</source>
        <translation>export necesita --site DOMAIN y --out FILE.zip</translation>
    </message>
    <message>
        <source>--events takes csv or ndjson, not &apos;%1&apos;</source>
        <translation>--events admite csv o ndjson, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no site %1 (see &apos;site list&apos;)</source>
        <translation>no existe el sitio %1 (ver &apos;site list&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 exportado a %2.</translation>
    </message>
</context>
<context>
    <name>raycstr::Ga4BigQueryReader</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>expected a JSON object (one row of an events_ table per line)</source>
        <translation>se esperaba un objeto JSON (una fila de una tabla events_ por línea)</translation>
    </message>
    <message>
        <source>event_name: missing or not a string (is this GA4&apos;s BigQuery export, events_YYYYMMDD, as newline-delimited JSON?)</source>
        <translation>event_name: falta o no es una cadena (¿es la exportación de BigQuery de GA4, events_YYYYMMDD, como JSON delimitado por líneas?)</translation>
    </message>
    <message>
        <source>event_timestamp: expected microseconds since 1970 (a whole number)</source>
        <translation>event_timestamp: se esperaban microsegundos desde 1970 (un número entero)</translation>
    </message>
    <message>
        <source>event_params: expected an array of {key, value}</source>
        <translation>event_params: se esperaba un array de {key, value}</translation>
    </message>
    <message>
        <source>event_params[%1].key: missing or not a string</source>
        <translation>event_params[%1].key: falta o no es una cadena</translation>
    </message>
    <message>
        <source>no rows: expected GA4&apos;s BigQuery export (events_YYYYMMDD) as newline-delimited JSON</source>
        <translation>sin filas: se esperaba la exportación de BigQuery de GA4 (events_YYYYMMDD) como JSON delimitado por líneas</translation>
    </message>
</context>
<context>
    <name>raycstr::Ga4ReportReader</name>
    <message>
        <source>no such file or folder</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>no .json files in this folder</source>
        <translation>no hay archivos .json en esta carpeta</translation>
    </message>
    <message>
        <source>not a zip archive (%1)</source>
        <translation>no es un archivo zip (%1)</translation>
    </message>
    <message>
        <source>no .json files in this zip</source>
        <translation>no hay archivos .json en este zip</translation>
    </message>
    <message>
        <source>no temporary folder: %1</source>
        <translation>no hay carpeta temporal: %1</translation>
    </message>
    <message>
        <source>this report has %1 rows (rowCount) but its files hold %2: a page is missing. Fetch every page (offset 0, limit, offset limit, …) or ask for a limit above rowCount.</source>
        <translation>este informe tiene %1 filas (rowCount) pero sus archivos contienen %2: falta una página. Descargue cada página (offset 0, limit, offset limit, …) o pida un limit mayor que rowCount.</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>larger than %1 MB: save the report in pages (limit and offset)</source>
        <translation>más de %1 MB: guarde el informe por páginas (limit y offset)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>no dimensionHeaders and metricHeaders: is this the JSON answer of GA4&apos;s runReport (Data API, Query Explorer)?</source>
        <translation>sin dimensionHeaders ni metricHeaders: ¿es la respuesta JSON de runReport de GA4 (Data API, Query Explorer)?</translation>
    </message>
    <message>
        <source>the report has no &apos;date&apos; dimension (it has: %1): RayCstr imports daily sums, so run the report with date as its first dimension</source>
        <translation>el informe no tiene la dimensión &apos;date&apos; (tiene: %1): RayCstr importa sumas diarias, así que ejecute el informe con date como primera dimensión</translation>
    </message>
    <message>
        <source>dimension &apos;%1&apos; is not one RayCstr imports (see README, &quot;Google Analytics 4&quot;, for the reports to run)</source>
        <translation>RayCstr no importa la dimensión &apos;%1&apos; (vea el README, «Google Analytics 4», para los informes que hay que ejecutar)</translation>
    </message>
    <message>
        <source>dimension &apos;%1&apos; is a second breakdown: run one report per breakdown (date plus pages, or sources, or countries, …)</source>
        <translation>la dimensión &apos;%1&apos; es un segundo desglose: ejecute un informe por desglose (date más páginas, o fuentes, o países, …)</translation>
    </message>
    <message>
        <source>a pages report needs pagePath (hostName alone is not a page)</source>
        <translation>un informe de páginas necesita pagePath (hostName solo no es una página)</translation>
    </message>
    <message>
        <source>none of the metrics RayCstr imports is in the report (it has: %1; expected totalUsers, sessions, screenPageViews, bounces, userEngagementDuration or, by eventName, eventCount)</source>
        <translation>el informe no tiene ninguna de las métricas que importa RayCstr (tiene: %1; se esperaba totalUsers, sessions, screenPageViews, bounces, userEngagementDuration o, por eventName, eventCount)</translation>
    </message>
    <message>
        <source>%1 rows, more than rowCount (%2)</source>
        <translation>%1 filas, más que rowCount (%2)</translation>
    </message>
    <message>
        <source>%1 values, but the header has %2 dimensions</source>
        <translation>%1 valores, pero la cabecera tiene %2 dimensiones</translation>
    </message>
    <message>
        <source>%1 values, but the header has %2 metrics</source>
        <translation>%1 valores, pero la cabecera tiene %2 métricas</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>se esperaba una cadena</translation>
    </message>
    <message>
        <source>not a date (YYYYMMDD): &apos;%1&apos;</source>
        <translation>no es una fecha (YYYYMMDD): &apos;%1&apos;</translation>
    </message>
    <message>
        <source>this row (%1) was in an earlier file or report already: the same page or date range twice would be counted twice</source>
        <translation>esta fila (%1) ya estaba en un archivo o informe anterior: la misma página o el mismo periodo dos veces se contaría dos veces</translation>
    </message>
    <message>
        <source>expected a number ≥ 0 as a string for %1</source>
        <translation>se esperaba un número ≥ 0 como cadena para %1</translation>
    </message>
</context>
<context>
    <name>raycstr::GoalCli</name>
    <message>
        <source>The site (its domain); may be left out when there is only one.</source>
        <translation>El sitio (su dominio); se puede omitir si solo hay uno.</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>evento %1</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>página %1</translation>
    </message>
    <message>
        <source>  goal add --event NAME | --page PATTERN   Count conversions of a custom event or of
                        pageviews matching /blog/* (one segment) or /docs/** (any).
  goal list | goal remove ID|NAME
  funnel add --file FUNNEL.yaml   Save a funnel (the YAML form; see README).
  funnel list | show ID|NAME | remove ID|NAME
                        Goal and funnel commands take --site DOMAIN.
</source>
        <translation>  goal add --event NAME | --page PATTERN   Contar las conversiones de un evento personalizado
                        o de las páginas vistas en /blog/* (un segmento) o /docs/** (todo).
  goal list | goal remove ID|NAME
  funnel add --file FUNNEL.yaml   Guardar un embudo (en formato YAML; ver README).
  funnel list | show ID|NAME | remove ID|NAME
                        Los comandos de objetivos y embudos admiten --site DOMAIN.
</translation>
    </message>
    <message>
        <source>no site %1 (see &apos;site list&apos;)</source>
        <translation>no existe el sitio %1 (ver &apos;site list&apos;)</translation>
    </message>
    <message>
        <source>no sites yet: add one with &apos;site add DOMAIN&apos;</source>
        <translation>todavía no hay sitios: añade uno con &apos;site add DOMAIN&apos;</translation>
    </message>
    <message>
        <source>which site? give --site DOMAIN (there are %1)</source>
        <translation>¿qué sitio? Indica --site DOMAIN (hay %1)</translation>
    </message>
    <message>
        <source>Manage a site&apos;s goals: conversions of a custom event, or of pageviews whose path matches a pattern.

  add (--event NAME | --page PATTERN) [--name TEXT]   add a goal
  list [--json]                                       list goals
  remove ID|NAME                                      remove a goal</source>
        <translation>Gestionar los objetivos de un sitio: conversiones de un evento personalizado o de páginas vistas cuya ruta coincide con un patrón.

  add (--event NAME | --page PATTERN) [--name TEXT]   añadir un objetivo
  list [--json]                                       listar los objetivos
  remove ID|NAME                                      quitar un objetivo</translation>
    </message>
    <message>
        <source>add, list or remove</source>
        <translation>add, list o remove</translation>
    </message>
    <message>
        <source>ID or name (remove)</source>
        <translation>ID o nombre (remove)</translation>
    </message>
    <message>
        <source>A custom event&apos;s name.</source>
        <translation>El nombre de un evento personalizado.</translation>
    </message>
    <message>
        <source>A path pattern: /pricing, /blog/* or /docs/**.</source>
        <translation>Un patrón de ruta: /pricing, /blog/* o /docs/**.</translation>
    </message>
    <message>
        <source>What reports call it (default: the event or pattern).</source>
        <translation>Cómo lo llaman los informes (por defecto: el evento o el patrón).</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Mostrar la lista en JSON.</translation>
    </message>
    <message>
        <source>goal remove: expected one goal ID or name</source>
        <translation>goal remove: se esperaba un ID o un nombre de objetivo</translation>
    </message>
    <message>
        <source>goal add: give --event NAME or --page PATTERN</source>
        <translation>goal add: indica --event NAME o --page PATTERN</translation>
    </message>
    <message>
        <source>Added goal %1 &quot;%2&quot; (%3) to %4.
</source>
        <translation>Objetivo %1 «%2» (%3) añadido a %4.
</translation>
    </message>
    <message>
        <source>No goals on %1. Add one with &apos;%2 goal add --event NAME&apos; or &apos;--page /path&apos;.
</source>
        <translation>No hay objetivos en %1. Añade uno con &apos;%2 goal add --event NAME&apos; o &apos;--page /path&apos;.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>COUNTS</source>
        <translation>CUENTA</translation>
    </message>
    <message>
        <source>no goal &apos;%1&apos; on %2 (see &apos;goal list&apos;)</source>
        <translation>no existe el objetivo &apos;%1&apos; en %2 (ver &apos;goal list&apos;)</translation>
    </message>
    <message>
        <source>Removed goal %1 &quot;%2&quot;.
</source>
        <translation>Objetivo %1 «%2» eliminado.
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
        <translation>Gestionar los embudos de un sitio: de 2 a 8 pasos (un patrón de ruta o un evento personalizado) recorridos en orden dentro de una visita.

  add --file FILE [--name TEXT] [--replace]   guardar el formato YAML (- para stdin)
  list [--json]                               listar los embudos
  show ID|NAME [--json]                       mostrar uno en YAML (o JSON)
  remove ID|NAME                              quitar uno

El archivo:
  name: Registro
  funnel:
    - step: /
      name: inicio
    - step: /pricing
    - event: Signup</translation>
    </message>
    <message>
        <source>add, list, show or remove</source>
        <translation>add, list, show o remove</translation>
    </message>
    <message>
        <source>ID or name (show, remove)</source>
        <translation>ID o nombre (show, remove)</translation>
    </message>
    <message>
        <source>The funnel&apos;s YAML file (- for stdin).</source>
        <translation>El archivo YAML del embudo (- para stdin).</translation>
    </message>
    <message>
        <source>The funnel&apos;s name when the file has none (or to rename).</source>
        <translation>El nombre del embudo si el archivo no tiene (o para renombrarlo).</translation>
    </message>
    <message>
        <source>Overwrite a funnel of the same name (keeps its id).</source>
        <translation>Sobrescribir un embudo con el mismo nombre (conserva su ID).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar en JSON.</translation>
    </message>
    <message>
        <source>funnel %1: expected one funnel ID or name</source>
        <translation>funnel %1: se esperaba un ID o un nombre de embudo</translation>
    </message>
    <message>
        <source>funnel add: give --file FUNNEL.yaml (or --file - for stdin)</source>
        <translation>funnel add: indica --file FUNNEL.yaml (o --file - para stdin)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>stdin</source>
        <translation>stdin</translation>
    </message>
    <message>
        <source>%1 has no &apos;name:&apos;; give one with --name</source>
        <translation>%1 no tiene &apos;name:&apos;; indica uno con --name</translation>
    </message>
    <message>
        <source>(use --replace to overwrite it)</source>
        <translation>(usa --replace para sobrescribirlo)</translation>
    </message>
    <message>
        <source>Saved funnel %1 &quot;%2&quot; (%3 steps) on %4.
</source>
        <translation>Embudo %1 «%2» (%3 pasos) guardado en %4.
</translation>
    </message>
    <message>
        <source>No funnels on %1. Add one with &apos;%2 funnel add --file FUNNEL.yaml&apos;.
</source>
        <translation>No hay embudos en %1. Añade uno con &apos;%2 funnel add --file FUNNEL.yaml&apos;.
</translation>
    </message>
    <message>
        <source>STEPS</source>
        <translation>PASOS</translation>
    </message>
    <message>
        <source>no funnel &apos;%1&apos; on %2 (see &apos;funnel list&apos;)</source>
        <translation>no existe el embudo &apos;%1&apos; en %2 (ver &apos;funnel list&apos;)</translation>
    </message>
    <message>
        <source>Removed funnel %1 &quot;%2&quot;.
</source>
        <translation>Embudo %1 «%2» eliminado.
</translation>
    </message>
</context>
<context>
    <name>raycstr::GoatCounterReader</name>
    <message>
        <source>empty file: expected GoatCounter&apos;s CSV header</source>
        <translation>archivo vacío: se esperaba la cabecera CSV de GoatCounter</translation>
    </message>
    <message>
        <source>not a GoatCounter CSV export (the header should start with &apos;2Path&apos;)</source>
        <translation>no es una exportación CSV de GoatCounter (la cabecera debería empezar por &apos;2Path&apos;)</translation>
    </message>
    <message>
        <source>GoatCounter export format version %1: only version 2 is read</source>
        <translation>formato de exportación de GoatCounter versión %1: solo se lee la versión 2</translation>
    </message>
    <message>
        <source>expected the column &apos;%1&apos; here</source>
        <translation>aquí se esperaba la columna &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>se esperaban %1 campos, hay %2</translation>
    </message>
    <message>
        <source>not a date: &apos;%1&apos;</source>
        <translation>no es una fecha: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected true or false, found &apos;%1&apos;</source>
        <translation>se esperaba true o false, hay &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>raycstr::HitSorter</name>
    <message>
        <source>cannot write a temporary file in %1: %2</source>
        <translation>no se puede escribir un archivo temporal en %1: %2</translation>
    </message>
    <message>
        <source>cannot write a temporary file in %1</source>
        <translation>no se puede escribir un archivo temporal en %1</translation>
    </message>
    <message>
        <source>cannot write a temporary file in %1 (disk full?)</source>
        <translation>no se puede escribir un archivo temporal en %1 (¿disco lleno?)</translation>
    </message>
    <message>
        <source>cannot read a temporary file of the import</source>
        <translation>no se puede leer un archivo temporal de la importación</translation>
    </message>
    <message>
        <source>a temporary file of the import is damaged</source>
        <translation>un archivo temporal de la importación está dañado</translation>
    </message>
</context>
<context>
    <name>raycstr::ImportCli</name>
    <message>
        <source>Files to import, or list / undo.</source>
        <translation>Archivos que importar, o list / undo.</translation>
    </message>
    <message>
        <source>The site (its domain).</source>
        <translation>El sitio (su dominio).</translation>
    </message>
    <message>
        <source>Access logs: combined (default), common, or an nginx log_format string.</source>
        <translation>Registros de acceso: combined (por defecto), common o un log_format de nginx.</translation>
    </message>
    <message>
        <source>import list: print JSON.</source>
        <translation>import list: mostrar JSON.</translation>
    </message>
    <message>
        <source>import list takes no arguments</source>
        <translation>import list no admite argumentos</translation>
    </message>
    <message>
        <source>import undo: expected one import ID</source>
        <translation>import undo: se esperaba un ID de importación</translation>
    </message>
    <message>
        <source>import: which files?</source>
        <translation>import: ¿qué archivos?</translation>
    </message>
    <message>
        <source>import: give --site DOMAIN</source>
        <translation>import: indique --site DOMINIO</translation>
    </message>
    <message>
        <source>import --from goatcounter takes one export file</source>
        <translation>import --from goatcounter admite un solo archivo de exportación</translation>
    </message>
    <message>
        <source>%1
Stop the server first: an import needs the data directory to itself.</source>
        <translation>%1
Detenga primero el servidor: una importación necesita el directorio de datos para ella sola.</translation>
    </message>
    <message>
        <source>no site %1 (see &apos;site list&apos;; add it with &apos;site add&apos;)</source>
        <translation>no hay ningún sitio %1 (vea &apos;site list&apos;; añádalo con &apos;site add&apos;)</translation>
    </message>
    <message>
        <source>No imports yet.
</source>
        <translation>Todavía no hay importaciones.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITIO</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>FUENTE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DÍAS</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>EVENTOS</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>ARCHIVOS</translation>
    </message>
    <message>
        <source>no import %1 (see &apos;import list&apos;)</source>
        <translation>no hay ninguna importación %1 (vea &apos;import list&apos;)</translation>
    </message>
    <message>
        <source>import %1 is already gone (%2)</source>
        <translation>la importación %1 ya no existe (%2)</translation>
    </message>
    <message>
        <source>Removed import %1: %2 events.
</source>
        <translation>Importación %1 eliminada: %2 eventos.
</translation>
    </message>
    <message>
        <source>Resumed import %1 (finished days kept).
</source>
        <translation>Importación %1 reanudada (se conservan los días terminados).
</translation>
    </message>
    <message>
        <source>Replaced import %1 (the same files).
</source>
        <translation>Importación %1 sustituida (los mismos archivos).
</translation>
    </message>
    <message>
        <source>Stopped: import %1 kept its finished days. Run the same command again to finish it, or &apos;import undo %1&apos; to remove it.
</source>
        <translation>Detenido: la importación %1 conserva sus días terminados. Ejecute de nuevo el mismo comando para terminarla, o &apos;import undo %1&apos; para quitarla.
</translation>
    </message>
    <message>
        <source>%1
Nothing of this import was kept.</source>
        <translation>%1
No se ha conservado nada de esta importación.</translation>
    </message>
    <message>
        <source>Import %1 into %2 done in %3 s: %4 rows read, %5 events written.
</source>
        <translation>Importación %1 en %2 terminada en %3 s: %4 filas leídas, %5 eventos escritos.
</translation>
    </message>
    <message>
        <source>Days: %1 to %2.
</source>
        <translation>Días: del %1 al %2.
</translation>
    </message>
    <message>
        <source>Skipped: %1.
</source>
        <translation>Omitidos: %1.
</translation>
    </message>
    <message>
        <source>Left out %1 days that already had data (cut-over).
</source>
        <translation>Se omitieron %1 días que ya tenían datos (cambio).
</translation>
    </message>
    <message>
        <source>import --from plausible takes one export (zip or folder)</source>
        <translation>import --from plausible toma una exportación (zip o carpeta)</translation>
    </message>
    <message>
        <source>Import %1 into %2 done in %3 s: %4 rows read, %5 daily aggregates written.
</source>
        <translation>Importación %1 en %2 terminada en %3 s: %4 filas leídas, %5 sumas diarias escritas.
</translation>
    </message>
    <message>
        <source>import: give --from %1</source>
        <translation>import: indique --from %1</translation>
    </message>
    <message>
        <source>Stopped before anything was written.
</source>
        <translation>Detenido antes de escribir nada.
</translation>
    </message>
    <message>
        <source>Plausible&apos;s Stats API: the server&apos;s address (https://plausible.io or your own).</source>
        <translation>Stats API de Plausible: la dirección del servidor (https://plausible.io o el suyo).</translation>
    </message>
    <message>
        <source>Plausible&apos;s Stats API key (visible in ps: prefer --api-key-file or RAYCSTR_PLAUSIBLE_API_KEY).</source>
        <translation>Clave de la Stats API de Plausible (visible en ps: mejor --api-key-file o RAYCSTR_PLAUSIBLE_API_KEY).</translation>
    </message>
    <message>
        <source>A file holding Plausible&apos;s Stats API key.</source>
        <translation>Un archivo con la clave de la Stats API de Plausible.</translation>
    </message>
    <message>
        <source>Plausible&apos;s Stats API: the first day (default 2019-01-01).</source>
        <translation>Stats API de Plausible: el primer día (por defecto 2019-01-01).</translation>
    </message>
    <message>
        <source>Plausible&apos;s Stats API: the last day (default yesterday).</source>
        <translation>Stats API de Plausible: el último día (por defecto ayer).</translation>
    </message>
    <message>
        <source>Plausible&apos;s Stats API version: v2 or v1 (default: v2 where the server has it).</source>
        <translation>Versión de la Stats API de Plausible: v2 o v1 (por defecto: v2 si el servidor la tiene).</translation>
    </message>
    <message>
        <source>Plausible&apos;s Stats API: at most N requests an hour (default 600, Plausible&apos;s limit; 0: no pacing).</source>
        <translation>Stats API de Plausible: como mucho N peticiones por hora (por defecto 600, el límite de Plausible; 0: sin ritmo).</translation>
    </message>
    <message>
        <source>import --from plausible --url pulls from the Stats API: give no files</source>
        <translation>import --from plausible --url lee la Stats API: no indique archivos</translation>
    </message>
    <message>
        <source>warning: --api-key is visible to other users of this machine (ps); prefer --api-key-file FILE or RAYCSTR_PLAUSIBLE_API_KEY
</source>
        <translation>aviso: --api-key es visible para otros usuarios de esta máquina (ps); mejor --api-key-file FILE o RAYCSTR_PLAUSIBLE_API_KEY
</translation>
    </message>
    <message>
        <source>cannot read the API key file %1: %2</source>
        <translation>no se puede leer el archivo de clave %1: %2</translation>
    </message>
    <message>
        <source>the API key file %1 is empty</source>
        <translation>el archivo de clave %1 está vacío</translation>
    </message>
    <message>
        <source>import --from plausible --url: give the Stats API key with --api-key-file FILE, RAYCSTR_PLAUSIBLE_API_KEY or --api-key KEY</source>
        <translation>import --from plausible --url: indique la clave de la Stats API con --api-key-file FILE, RAYCSTR_PLAUSIBLE_API_KEY o --api-key KEY</translation>
    </message>
    <message>
        <source>the API key must be one line</source>
        <translation>la clave debe ser una sola línea</translation>
    </message>
    <message>
        <source>--url: expected the server&apos;s address, like https://plausible.io</source>
        <translation>--url: se espera la dirección del servidor, como https://plausible.io</translation>
    </message>
    <message>
        <source>warning: %1 is plain HTTP: the API key travels unencrypted
</source>
        <translation>aviso: %1 es HTTP sin cifrar: la clave viaja sin cifrar
</translation>
    </message>
    <message>
        <source>--from-date: expected YYYY-MM-DD</source>
        <translation>--from-date: se espera AAAA-MM-DD</translation>
    </message>
    <message>
        <source>--to-date: expected YYYY-MM-DD</source>
        <translation>--to-date: se espera AAAA-MM-DD</translation>
    </message>
    <message>
        <source>--from-date %1 is after --to-date %2</source>
        <translation>--from-date %1 es posterior a --to-date %2</translation>
    </message>
    <message>
        <source>--api: expected v1 or v2</source>
        <translation>--api: se espera v1 o v2</translation>
    </message>
    <message>
        <source>--requests-per-hour: expected a whole number ≥ 0</source>
        <translation>--requests-per-hour: se espera un número entero ≥ 0</translation>
    </message>
    <message>
        <source>%1
Nothing of this import was written.</source>
        <translation>%1
No se escribió nada de esta importación.</translation>
    </message>
    <message>
        <source>Plausible Stats API %1 at %2: %3 days with traffic from %4 to %5.
</source>
        <translation>Plausible Stats API %1 en %2: %3 días con tráfico del %4 al %5.
</translation>
    </message>
    <message>
        <source>%1
Import %2 kept its finished days: run the same command again to resume it, or &apos;import undo %2&apos; to remove it.</source>
        <translation>%1
La importación %2 conservó sus días terminados: ejecute el mismo comando otra vez para reanudarla, o &apos;import undo %2&apos; para quitarla.</translation>
    </message>
    <message>
        <source>%1 requests to %2 (%3 s waiting for its rate limit).
</source>
        <translation>%1 peticiones a %2 (%3 s de espera por su límite de peticiones).
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
                        Importar el historial (servidor detenido); vea &apos;import --help&apos;.
  import list | import undo ID
</translation>
    </message>
    <message>
        <source>The source: access-log, goatcounter, plausible, google-analytics, ga4-bigquery or umami.</source>
        <translation>La fuente: access-log, goatcounter, plausible, google-analytics, ga4-bigquery o umami.</translation>
    </message>
    <message>
        <source>Umami: its PostgreSQL database, postgres://USER@HOST:PORT/DB (no password: PGPASSWORD or ~/.pgpass).</source>
        <translation>Umami: su base de datos PostgreSQL, postgres://USER@HOST:PORT/DB (sin contraseña: PGPASSWORD o ~/.pgpass).</translation>
    </message>
    <message>
        <source>Umami: the website&apos;s ID (default: the one with the site&apos;s domain).</source>
        <translation>Umami: el ID del sitio web (por defecto: el que tiene el dominio del sitio).</translation>
    </message>
    <message>
        <source>import --from umami reads a database, not files: give --database postgres://USER@HOST:PORT/DB</source>
        <translation>import --from umami lee una base de datos, no archivos: indique --database postgres://USER@HOST:PORT/DB</translation>
    </message>
    <message>
        <source>import --from umami: give --database postgres://USER@HOST:PORT/DB</source>
        <translation>import --from umami: indique --database postgres://USER@HOST:PORT/DB</translation>
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
        <translation>Importar el historial en un sitio, por el mismo pipeline de privacidad que las visitas en directo.

  --from access-log --site DOMAIN [--log-format F] FILE...
      registros de nginx/Apache (combined, common o un log_format de nginx), planos o .gz
  --from goatcounter --site DOMAIN EXPORT.csv
      exportación CSV de GoatCounter (versión de formato 2)
  --from plausible --site DOMAIN EXPORT.zip|FOLDER
      exportación CSV de Plausible (sumas diarias, añadidas a los informes)
  --from plausible --site DOMAIN --url https://plausible.io [--from-date D]
      [--to-date D]   Stats API de Plausible (v2, si no v1), día a día; la
      clave de --api-key-file F o RAYCSTR_PLAUSIBLE_API_KEY (--api-key KEY
      también sirve, pero otros usuarios la ven en ps)
  --from google-analytics --site DOMAIN REPORT.json|FOLDER|ZIP...
      informes de la Data API de GA4 (JSON de runReport; sumas diarias)
  --from ga4-bigquery --site DOMAIN EVENTS.ndjson[.gz]...
      exportación de BigQuery de GA4 como JSON delimitado por líneas (eventos sin procesar)
  --from umami --database postgres://USER@HOST:PORT/DB --site DOMAIN [--website ID]
      la base de datos PostgreSQL de Umami, solo lectura (eventos en bruto); la contraseña
      de PGPASSWORD o ~/.pgpass, nunca en la línea de órdenes
  list [--site DOMAIN] [--json]   las importaciones y lo que escribieron
  undo ID                         quitar los eventos y los días de una importación

Los días que ya tienen datos se omiten (corte), y también hoy. Los mismos archivos otra vez reemplazan la importación anterior; tras Ctrl+C el mismo comando termina la importación. El servidor debe estar detenido durante la importación.</translation>
    </message>
</context>
<context>
    <name>raycstr::ImportJob</name>
    <message>
        <source>--log-format, column %1: %2</source>
        <translation>--log-format, columna %1: %2</translation>
    </message>
    <message>
        <source>unknown import source &apos;%1&apos; (one of: %2)</source>
        <translation>origen de importación desconocido «%1» (uno de: %2)</translation>
    </message>
    <message>
        <source>Reading %1 rows of Umami&apos;s website %2 (read-only).</source>
        <translation>Leyendo %1 filas del sitio web %2 de Umami (solo lectura).</translation>
    </message>
</context>
<context>
    <name>raycstr::Importer</name>
    <message>
        <source>removing the earlier import %1 failed: %2</source>
        <translation>no se pudo quitar la importación anterior %1: %2</translation>
    </message>
</context>
<context>
    <name>raycstr::InputFile</name>
    <message>
        <source>cannot read the file</source>
        <translation>no se puede leer el archivo</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>no se puede abrir el archivo</translation>
    </message>
    <message>
        <source>damaged or unreadable: %1</source>
        <translation>dañado o ilegible: %1</translation>
    </message>
    <message>
        <source>damaged or unreadable: the gzip data ends too early</source>
        <translation>dañado o ilegible: los datos gzip terminan antes de tiempo</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 bytes</source>
        <translation>la línea %1 supera los %2 bytes</translation>
    </message>
</context>
<context>
    <name>raycstr::LogFormat</name>
    <message>
        <source>&apos;${&apos; without a closing &apos;}&apos;</source>
        <translation>&apos;${&apos; sin &apos;}&apos; de cierre</translation>
    </message>
    <message>
        <source>&apos;$&apos; without a variable name</source>
        <translation>&apos;$&apos; sin nombre de variable</translation>
    </message>
    <message>
        <source>two variables side by side: put some text between them</source>
        <translation>dos variables juntas: ponga algo de texto entre ellas</translation>
    </message>
    <message>
        <source>the format has no time ($time_local, $time_iso8601 or $msec)</source>
        <translation>el formato no tiene hora ($time_local, $time_iso8601 o $msec)</translation>
    </message>
    <message>
        <source>the format has no request ($request or $request_uri)</source>
        <translation>el formato no tiene petición ($request o $request_uri)</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos; here (does --log-format match the file?)</source>
        <translation>aquí se esperaba &apos;%1&apos; (¿coincide --log-format con el archivo?)</translation>
    </message>
    <message>
        <source>unexpected text after the last field</source>
        <translation>texto inesperado tras el último campo</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos; after this field</source>
        <translation>tras este campo se esperaba &apos;%1&apos;</translation>
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
                        Copiar los eventos guardados a ClickHouse (servidor
                        detenido); véase &apos;migrate --help&apos;.
</translation>
    </message>
    <message>
        <source>Copy every stored event and drop count of every site from the data directory&apos;s SQLite file to ClickHouse, day by day, then compare the counts per site and day (events, pageviews, visitors, drops).

Sites, API keys, goals, funnels, alerts and imports stay in the SQLite file, where &apos;serve --store URL&apos; reads them. Salts are not copied: ClickHouse makes its own, so a visitor seen on the day of the switch counts once more. Days whose raw events expired (retention_days) and that only the daily sums still hold cannot be copied; they are counted.

The password comes from store_password in the config file or RAYCSTR_STORE_PASSWORD. The server must be stopped. After Ctrl+C the same command goes on where it stopped; running it again copies nothing twice.</source>
        <translation>Copiar todos los eventos guardados y los recuentos de descartes de cada sitio, día a día, del archivo SQLite del directorio de datos a ClickHouse, y luego comparar los recuentos por sitio y día (eventos, páginas vistas, visitantes, descartes).

Los sitios, claves de API, objetivos, embudos, alertas e importaciones se quedan en el archivo SQLite, donde &apos;serve --store URL&apos; los lee. Las sales no se copian: ClickHouse crea las suyas, así que un visitante visto el día del cambio cuenta una vez más. Los días cuyos eventos en bruto han caducado (retention_days) y que solo conservan las sumas diarias no se pueden copiar; se cuentan.

La contraseña viene de store_password en el archivo de configuración o de RAYCSTR_STORE_PASSWORD. El servidor debe estar detenido. Tras Ctrl+C, el mismo comando continúa donde se quedó; ejecutado de nuevo, no copia nada dos veces.</translation>
    </message>
    <message>
        <source>The ClickHouse store: clickhouse://user@host:8123/database.</source>
        <translation>El almacén ClickHouse: clickhouse://user@host:8123/database.</translation>
    </message>
    <message>
        <source>migrate takes no arguments (got &apos;%1&apos;)</source>
        <translation>migrate no admite argumentos (se recibió &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>migrate: give --to clickhouse://user@host:8123/database</source>
        <translation>migrate: indique --to clickhouse://user@host:8123/database</translation>
    </message>
    <message>
        <source>migrate: --to must name a ClickHouse store (clickhouse://user@host:8123/database)</source>
        <translation>migrate: --to debe indicar un almacén ClickHouse (clickhouse://user@host:8123/database)</translation>
    </message>
    <message>
        <source>%1
Stop the server first: migrate needs the data directory to itself.</source>
        <translation>%1
Detenga primero el servidor: migrate necesita el directorio de datos para él solo.</translation>
    </message>
    <message>
        <source>cannot use ClickHouse at %1: %2</source>
        <translation>no se puede usar ClickHouse en %1: %2</translation>
    </message>
    <message>
        <source>Deleted what an interrupted copy had sent (%1 batches); copying those days again.
</source>
        <translation>Se borró lo que una copia interrumpida había enviado (%1 lotes); esos días se copian de nuevo.
</translation>
    </message>
    <message>
        <source>migrate</source>
        <translation>migrate</translation>
    </message>
    <message>
        <source>the copy stopped: %1
The same command again goes on where it stopped.</source>
        <translation>la copia se detuvo: %1
El mismo comando continúa donde se quedó.</translation>
    </message>
    <message>
        <source>Interrupted after %1 events; the same command again goes on where it stopped.
</source>
        <translation>Interrumpido tras %1 eventos; el mismo comando continúa donde se quedó.
</translation>
    </message>
    <message>
        <source>Copied %1 events in %2 s (%3 events/s).
</source>
        <translation>%1 eventos copiados en %2 s (%3 eventos/s).
</translation>
    </message>
    <message>
        <source>checking the copy failed: %1</source>
        <translation>la comprobación de la copia falló: %1</translation>
    </message>
    <message>
        <source>site</source>
        <translation>sitio</translation>
    </message>
    <message>
        <source>days to copy</source>
        <translation>días por copiar</translation>
    </message>
    <message>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <source>days copied before</source>
        <translation>días ya copiados</translation>
    </message>
    <message>
        <source>days with daily sums only</source>
        <translation>días solo con sumas diarias</translation>
    </message>
    <message>
        <source>Checked: events, pageviews, visitors and drop counts agree for every site and day.
Sites, keys, goals, funnels and imports stay in the data directory; serve with --store %1 (or store: in the config file).
</source>
        <translation>Comprobado: eventos, páginas vistas, visitantes y recuentos de descartes coinciden en cada sitio y día.
Los sitios, claves, objetivos, embudos e importaciones se quedan en el directorio de datos; ejecute serve con --store %1 (o store: en el archivo de configuración).
</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>pageviews</source>
        <translation>páginas vistas</translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>visitantes</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>descartados</translation>
    </message>
    <message>
        <source>Site-days where the counts differ (SQLite ≠ ClickHouse): %1
</source>
        <translation>Días de sitio en que los recuentos difieren (SQLite ≠ ClickHouse): %1
</translation>
    </message>
    <message>
        <source>%1: %2 days have only daily sums left (their raw events expired); ClickHouse gets their daily sums, not their events.
</source>
        <translation>%1: %2 días solo conservan sumas diarias (sus eventos sin procesar caducaron); ClickHouse recibe sus sumas diarias, no sus eventos.
</translation>
    </message>
</context>
<context>
    <name>raycstr::PlausibleApiClient</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>%1 kept answering 429 (too many requests) after %2 tries; lower --requests-per-hour or try again later</source>
        <translation>%1 siguió respondiendo 429 (demasiadas peticiones) tras %2 intentos; baje --requests-per-hour o vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>no se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 respondió HTTP %2: %3</translation>
    </message>
    <message>
        <source>%1 refused the question (HTTP %2): %3</source>
        <translation>%1 rechazó la petición (HTTP %2): %3</translation>
    </message>
    <message>
        <source>the answer from %1 is not JSON (is %2 the address of a Plausible server?): %3</source>
        <translation>la respuesta de %1 no es JSON (¿es %2 la dirección de un servidor Plausible?): %3</translation>
    </message>
    <message>
        <source>%1 redirects to %2 (HTTP %3): give that server as --url</source>
        <translation>%1 redirige a %2 (HTTP %3): indique ese servidor como --url</translation>
    </message>
</context>
<context>
    <name>raycstr::PlausibleApiReader</name>
    <message>
        <source>%1 refused the API key (HTTP %2: %3). Check the key (in Plausible: Account settings → API Keys, a Stats API key) and that its account can see %4.</source>
        <translation>%1 rechazó la clave (HTTP %2: %3). Compruebe la clave (en Plausible: Account settings → API Keys, una clave de Stats API) y que su cuenta pueda ver %4.</translation>
    </message>
    <message>
        <source>no site %1 on %2, or no Stats API there (HTTP 404: %3)</source>
        <translation>no hay sitio %1 en %2, o no hay Stats API allí (HTTP 404: %3)</translation>
    </message>
</context>
<context>
    <name>raycstr::PlausibleExportReader</name>
    <message>
        <source>no such file or folder</source>
        <translation>no existe ese archivo ni esa carpeta</translation>
    </message>
    <message>
        <source>not a zip archive (%1): give Plausible&apos;s export zip or the folder it was unpacked into</source>
        <translation>no es un archivo zip (%1): indique el zip de exportación de Plausible o la carpeta donde se descomprimió</translation>
    </message>
    <message>
        <source>two files for %1: %2 and %3 (import one export at a time)</source>
        <translation>dos archivos para %1: %2 y %3 (importe una exportación cada vez)</translation>
    </message>
    <message>
        <source>no imported_*.csv files: is this Plausible&apos;s CSV export (Site settings → Imports &amp; Exports → Export data)?</source>
        <translation>no hay archivos imported_*.csv: ¿es la exportación CSV de Plausible (Site settings → Imports &amp; Exports → Export data)?</translation>
    </message>
    <message>
        <source>no temporary folder: %1</source>
        <translation>no hay carpeta temporal: %1</translation>
    </message>
    <message>
        <source>empty file: expected the header line of %1</source>
        <translation>archivo vacío: se esperaba la línea de cabecera de %1</translation>
    </message>
    <message>
        <source>no column &apos;%1&apos; in the header (%2 needs date, %3 and visitors)</source>
        <translation>no hay columna &apos;%1&apos; en la cabecera (%2 necesita date, %3 y visitors)</translation>
    </message>
    <message>
        <source>expected %1 fields (as the header has), found %2</source>
        <translation>se esperaban %1 campos (como la cabecera), se encontraron %2</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): &apos;%1&apos;</source>
        <translation>no es una fecha (AAAA-MM-DD): &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a whole number ≥ 0 in %1, found &apos;%2&apos;</source>
        <translation>se esperaba un número entero ≥ 0 en %1, se encontró &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>raycstr::PostgresConnection</name>
    <message>
        <source>not a PostgreSQL connection string (postgres://USER@HOST:PORT/DATABASE): %1</source>
        <translation>no es una cadena de conexión de PostgreSQL (postgres://USER@HOST:PORT/DATABASE): %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>sin memoria</translation>
    </message>
    <message>
        <source>the connection string holds a password: leave it out and set PGPASSWORD, or put it in ~/.pgpass (mode 0600) or a file named by PGPASSFILE</source>
        <translation>la cadena de conexión contiene una contraseña: quítela y defina PGPASSWORD, o póngala en ~/.pgpass (modo 0600) o en un archivo nombrado por PGPASSFILE</translation>
    </message>
    <message>
        <source> (set PGPASSWORD, or put the password in ~/.pgpass, mode 0600)</source>
        <translation> (defina PGPASSWORD, o ponga la contraseña en ~/.pgpass, modo 0600)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar a %1: %2</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>no conectado</translation>
    </message>
    <message>
        <source>the server did not answer</source>
        <translation>el servidor no respondió</translation>
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
        <translation>  report send --site DOMINIO --to DIRECCIÓN [--period week|month]
                        Enviar un informe ahora (prueba los ajustes smtp:).
  report preview --site DOMINIO --out ARCHIVO.html [--period week|month]
                        Escribir el HTML de un informe en un archivo.
</translation>
    </message>
    <message>
        <source>E-mail reports: the last complete week (Monday to Sunday) or month of a site, in its time zone, as the scheduled reports send them.</source>
        <translation>Informes por correo: la última semana completa (de lunes a domingo) o el último mes completo de un sitio, en su zona horaria, tal como los envían los informes programados.</translation>
    </message>
    <message>
        <source>The site (its domain).</source>
        <translation>El sitio (su dominio).</translation>
    </message>
    <message>
        <source>A recipient (send); repeatable.</source>
        <translation>Un destinatario (send); repetible.</translation>
    </message>
    <message>
        <source>The HTML file to write (preview).</source>
        <translation>El archivo HTML que escribir (preview).</translation>
    </message>
    <message>
        <source>week (default) or month.</source>
        <translation>week (predeterminado) o month.</translation>
    </message>
    <message>
        <source>The report&apos;s language: en (default), de, fr or es.</source>
        <translation>El idioma del informe: en (predeterminado), de, fr o es.</translation>
    </message>
    <message>
        <source>report %1 needs --site DOMAIN</source>
        <translation>report %1 necesita --site DOMINIO</translation>
    </message>
    <message>
        <source>report send needs --to ADDRESS</source>
        <translation>report send necesita --to DIRECCIÓN</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>«%1» no es una dirección de correo</translation>
    </message>
    <message>
        <source>report preview needs --out FILE.html</source>
        <translation>report preview necesita --out ARCHIVO.html</translation>
    </message>
    <message>
        <source>--period takes week or month, not &apos;%1&apos;</source>
        <translation>--period acepta week o month, no «%1»</translation>
    </message>
    <message>
        <source>no smtp: section in the config (see README, &quot;Email reports&quot;); pass it with --config FILE</source>
        <translation>no hay sección smtp: en la configuración (véase el README, «Email reports»); indíquela con --config ARCHIVO</translation>
    </message>
    <message>
        <source>no site %1 (see &apos;site list&apos;)</source>
        <translation>no existe el sitio %1 (ver &apos;site list&apos;)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Wrote the %1 report of %2 to %3.</source>
        <translation>Informe (%1) de %2 escrito en %3.</translation>
    </message>
    <message>
        <source>the report was not sent: %1</source>
        <translation>el informe no se envió: %1</translation>
    </message>
    <message>
        <source>Sent the %1 report of %2 to %3.</source>
        <translation>Informe (%1) de %2 enviado a %3.</translation>
    </message>
</context>
<context>
    <name>raycstr::ServerCli</name>
    <message>
        <source>Every command takes --help, and --lang LANGUAGE (de, fr, es or en; default: the
system&apos;s language, from LANG or LC_MESSAGES).
</source>
        <translation>Todos los comandos admiten --help, y --lang IDIOMA (de, fr, es o en; por defecto: el
idioma del sistema, según LANG o LC_MESSAGES).
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Address and port to listen on (default: 127.0.0.1:8080).</source>
        <translation>Dirección y puerto de escucha (por defecto: 127.0.0.1:8080).</translation>
    </message>
    <message>
        <source>serve takes no arguments (got &apos;%1&apos;)</source>
        <translation>serve no admite argumentos (se recibió &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>RayCstr collecting on http://%1
  data:    %2
  GeoIP:   %3
  sites:   %4
</source>
        <translation>RayCstr recogiendo en http://%1
  datos:   %2
  GeoIP:   %3
  sitios:  %4
</translation>
    </message>
    <message>
        <source>none (countries unknown)</source>
        <translation>ninguna (países desconocidos)</translation>
    </message>
    <message>
        <source>No sites yet: add one with &apos;%1 site add example.com --data %2&apos;
</source>
        <translation>Todavía no hay sitios: añade uno con &apos;%1 site add example.com --data %2&apos;
</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.
</source>
        <translation>Pulsa Ctrl+C para detener.
</translation>
    </message>
    <message>
        <source>Stopped: %1 events stored, %2 bots dropped, %3 hits refused while busy.
</source>
        <translation>Detenido. Eventos guardados: %1, bots descartados: %2, peticiones rechazadas por saturación: %3.
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
        <translation>Gestionar los sitios medidos.

  add DOMAIN [--timezone ZONE] [--alias ALIAS]…
                                 empezar a medir DOMAIN
  list [--json]                  listar los sitios (con sus alias)
  remove DOMAIN                  dejar de medir DOMAIN y borrar sus datos
  alias DOMAIN ALIAS             permitir que otros rastreadores llamen ALIAS a DOMAIN: el
                                 data-website-id de Umami, o el host (o su primera
                                 etiqueta) al que envía un script de GoatCounter
  unalias ALIAS                  olvidar un alias</translation>
    </message>
    <message>
        <source>add, list, remove, alias or unalias</source>
        <translation>add, list, remove, alias o unalias</translation>
    </message>
    <message>
        <source>The site&apos;s domain, as in data-domain=&quot;…&quot;.</source>
        <translation>El dominio del sitio, como en data-domain=&quot;…&quot;.</translation>
    </message>
    <message>
        <source>For alias: the alias.</source>
        <translation>Para alias: el alias.</translation>
    </message>
    <message>
        <source>IANA time zone that decides where the site&apos;s day starts (default: UTC).</source>
        <translation>Zona horaria IANA que decide cuándo empieza el día del sitio (por defecto: UTC).</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Mostrar la lista en JSON.</translation>
    </message>
    <message>
        <source>For add: an alias of the new site (repeatable).</source>
        <translation>Para add: un alias del nuevo sitio (repetible).</translation>
    </message>
    <message>
        <source>site %1: expected exactly one DOMAIN</source>
        <translation>site %1: se esperaba exactamente un DOMAIN</translation>
    </message>
    <message>
        <source>site alias: expected DOMAIN and ALIAS</source>
        <translation>site alias: se esperaban DOMAIN y ALIAS</translation>
    </message>
    <message>
        <source>site unalias: expected exactly one ALIAS</source>
        <translation>site unalias: se esperaba exactamente un ALIAS</translation>
    </message>
    <message>
        <source>site list takes no DOMAIN</source>
        <translation>site list no admite DOMAIN</translation>
    </message>
    <message>
        <source>site %1: --alias is for &apos;site add&apos;</source>
        <translation>site %1: --alias es solo para &apos;site add&apos;</translation>
    </message>
    <message>
        <source>Added %1 (time zone %2).
Add this to your site&apos;s &lt;head&gt;:
</source>
        <translation>%1 añadido (zona horaria %2).
Añade esto al &lt;head&gt; de tu sitio:
</translation>
    </message>
    <message>
        <source>YOUR-RAYCSTR-HOST</source>
        <translation>TU-HOST-RAYCSTR</translation>
    </message>
    <message>
        <source>No sites. Add one with &apos;%1 site add example.com&apos;.
</source>
        <translation>No hay sitios. Añade uno con &apos;%1 site add example.com&apos;.
</translation>
    </message>
    <message>
        <source>aliases: %1</source>
        <translation>alias: %1</translation>
    </message>
    <message>
        <source>Hits that name %1 now count for %2.
</source>
        <translation>Las visitas que nombran %1 cuentan ahora para %2.
</translation>
    </message>
    <message>
        <source>Removed alias %1.
</source>
        <translation>Alias %1 eliminado.
</translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 and its %n stored event.
</source>
        <translation>
            <numerusform>%1 eliminado, con %n evento guardado.
</numerusform>
            <numerusform>%1 eliminado, con sus %n eventos guardados.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 and its %n stored events.
</source>
        <translation>
            <numerusform>%1 eliminado, con %n evento guardado.
</numerusform>
            <numerusform>%1 eliminado, con sus %n eventos guardados.
</numerusform>
        </translation>
    </message>
    <message>
        <source>add, list or remove (or alias, unalias)</source>
        <translation>add, list o remove (o alias, unalias)</translation>
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
        <translation>Uso: %1 &lt;comando&gt; [opciones]

El servidor sin interfaz de RayCstr: analítica web respetuosa con la privacidad.

Comandos:
  serve                 Ejecutar el recolector (ver &apos;serve --help&apos;).
  site add DOMAIN       Empezar a medir un sitio (el data-domain de tu fragmento).
  site list             Listar los sitios medidos.
  site remove DOMAIN    Dejar de medir un sitio y borrar sus datos.
  site alias DOMAIN ALIAS
                        Permitir que otros rastreadores llamen ALIAS al sitio (el ID de
                        sitio de Umami, el host al que envía un script de GoatCounter).
  site unalias ALIAS    Olvidar un alias.
</translation>
    </message>
    <message>
        <source>Run the RayCstr collector on the embedded SQLite store (or on ClickHouse: --store).</source>
        <translation>Ejecutar el recolector de RayCstr sobre el almacén SQLite integrado (o sobre ClickHouse: --store).</translation>
    </message>
    <message>
        <source>  events:  %1
</source>
        <translation>  eventos: %1
</translation>
    </message>
    <message>
        <source>Where events go: sqlite (default) or clickhouse://user@host:8123/database, with ?cluster=NAME for a cluster of shards. The password comes from store_password in the config file or RAYCSTR_STORE_PASSWORD, never from the command line.</source>
        <translation>Adónde van los eventos: sqlite (predeterminado) o clickhouse://user@host:8123/database, con ?cluster=NAME para un clúster de shards. La contraseña viene de store_password en el archivo de configuración o de RAYCSTR_STORE_PASSWORD, nunca de la línea de órdenes.</translation>
    </message>
</context>
<context>
    <name>raycstr::ServerConfig</name>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>cannot read config file %1</source>
        <translation>no se puede leer el archivo de configuración %1</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: línea %2: %3</translation>
    </message>
    <message>
        <source>%1: expected a mapping of settings</source>
        <translation>%1: se esperaba un mapa de ajustes</translation>
    </message>
    <message>
        <source>retention_days must be at least 1</source>
        <translation>retention_days debe ser al menos 1</translation>
    </message>
    <message>
        <source>trusted_proxies must be a list of addresses or subnets</source>
        <translation>trusted_proxies debe ser una lista de direcciones o subredes</translation>
    </message>
    <message>
        <source>queue_capacity must be at least 100</source>
        <translation>queue_capacity debe ser al menos 100</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;</source>
        <translation>ajuste desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid listen address &apos;%1&apos; (expected [ipv6]:port)</source>
        <translation>dirección de escucha &apos;%1&apos; no válida (se esperaba [ipv6]:puerto)</translation>
    </message>
    <message>
        <source>invalid port in listen address &apos;%1&apos;</source>
        <translation>puerto no válido en la dirección de escucha &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid IP address in listen address &apos;%1&apos;</source>
        <translation>dirección IP no válida en la dirección de escucha &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid subnet &apos;%1&apos;</source>
        <translation>subred no válida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid IP address &apos;%1&apos;</source>
        <translation>dirección IP no válida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation>%1 debe ser al menos %2</translation>
    </message>
    <message>
        <source>queue_megabytes must be at least 1</source>
        <translation>queue_megabytes debe ser al menos 1</translation>
    </message>
    <message>
        <source>%1 must be between 1 and 3600</source>
        <translation>%1 debe estar entre 1 y 3600</translation>
    </message>
    <message>
        <source>backup must be a mapping: dir, interval_hours, keep</source>
        <translation>backup debe ser un mapa: dir, interval_hours, keep</translation>
    </message>
    <message>
        <source>backup.interval_hours must be at least 1</source>
        <translation>backup.interval_hours debe ser al menos 1</translation>
    </message>
    <message>
        <source>backup.keep must be at least 1</source>
        <translation>backup.keep debe ser al menos 1</translation>
    </message>
    <message>
        <source>unknown setting &apos;backup.%1&apos;</source>
        <translation>ajuste desconocido &apos;backup.%1&apos;</translation>
    </message>
    <message>
        <source>smtp must be a mapping: url, starttls, username, password, from, ca_file, timeout_seconds, attempts</source>
        <translation>smtp debe ser un mapa: url, starttls, username, password, from, ca_file, timeout_seconds, attempts</translation>
    </message>
    <message>
        <source>smtp.url must start with smtp:// or smtps://</source>
        <translation>smtp.url debe empezar por smtp:// o smtps://</translation>
    </message>
    <message>
        <source>smtp.%1 must be between 1 and 600</source>
        <translation>smtp.%1 debe estar entre 1 y 600</translation>
    </message>
    <message>
        <source>unknown setting &apos;smtp.%1&apos;</source>
        <translation>ajuste desconocido «smtp.%1»</translation>
    </message>
    <message>
        <source>smtp needs at least url and from</source>
        <translation>smtp necesita al menos url y from</translation>
    </message>
    <message>
        <source>reports must be a list of {site, to, every, hour, language}</source>
        <translation>reports debe ser una lista de {site, to, every, hour, language}</translation>
    </message>
    <message>
        <source>each report must be a mapping: site, to, every, hour, language</source>
        <translation>cada informe debe ser un mapa: site, to, every, hour, language</translation>
    </message>
    <message>
        <source>reports.every must be week or month</source>
        <translation>reports.every debe ser week o month</translation>
    </message>
    <message>
        <source>reports.hour must be between 0 and 23</source>
        <translation>reports.hour debe estar entre 0 y 23</translation>
    </message>
    <message>
        <source>unknown setting &apos;reports.%1&apos;</source>
        <translation>ajuste desconocido «reports.%1»</translation>
    </message>
    <message>
        <source>a report needs a site and at least one address in to</source>
        <translation>un informe necesita un sitio y al menos una dirección en to</translation>
    </message>
    <message>
        <source>smtp.password is set but %1 is readable by every user: chmod 600 (or 640 with the service&apos;s group) %1</source>
        <translation>smtp.password está definido pero %1 lo puede leer cualquier usuario: chmod 600 (o 640 con el grupo del servicio) %1</translation>
    </message>
    <message>
        <source>reports are configured but no smtp section says how to send them</source>
        <translation>hay informes configurados pero ninguna sección smtp dice cómo enviarlos</translation>
    </message>
    <message>
        <source>an alert sends e-mail but no smtp section says how to send it</source>
        <translation>una alerta envía correos pero ninguna sección smtp dice cómo enviarlos</translation>
    </message>
    <message>
        <source>store_password is set but %1 is readable by every user: chmod 600 (or 640 with the service&apos;s group) %1</source>
        <translation>store_password está definido pero %1 es legible por todos los usuarios: chmod 600 (o 640 con el grupo del servicio) %1</translation>
    </message>
</context>
<context>
    <name>raycstr::ServerStack</name>
    <message>
        <source>the server is already running</source>
        <translation>el servidor ya está en marcha</translation>
    </message>
</context>
<context>
    <name>raycstr::SiteRepository</name>
    <message>
        <source>the domain is empty</source>
        <translation>el dominio está vacío</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a bare domain: give it without scheme or path, e.g. example.com</source>
        <translation>&apos;%1&apos; no es un dominio simple: indícalo sin esquema ni ruta, p. ej. example.com</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain name</source>
        <translation>&apos;%1&apos; no es un nombre de dominio válido</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos; (use an IANA name such as Europe/Berlin)</source>
        <translation>zona horaria desconocida &apos;%1&apos; (usa un nombre IANA como Europe/Madrid)</translation>
    </message>
    <message>
        <source>site %1 already exists</source>
        <translation>el sitio %1 ya existe</translation>
    </message>
    <message>
        <source>%1 is already an alias of another site</source>
        <translation>%1 ya es un alias de otro sitio</translation>
    </message>
    <message>
        <source>too many sites</source>
        <translation>demasiados sitios</translation>
    </message>
    <message>
        <source>no site %1</source>
        <translation>no existe el sitio %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid alias: use 1 to 253 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (e.g. an Umami website id)</source>
        <translation>&apos;%1&apos; no es un alias válido: usa de 1 a 253 letras, cifras, &apos;.&apos;, &apos;_&apos; o &apos;-&apos; (p. ej. un ID de sitio de Umami)</translation>
    </message>
    <message>
        <source>%1 is a tracked site&apos;s domain; it cannot also be an alias</source>
        <translation>%1 es el dominio de un sitio medido; no puede ser también un alias</translation>
    </message>
    <message>
        <source>alias %1 already names site %2</source>
        <translation>el alias %1 ya nombra el sitio %2</translation>
    </message>
    <message>
        <source>no alias %1</source>
        <translation>no existe el alias %1</translation>
    </message>
</context>
<context>
    <name>raycstr::SqliteDb</name>
    <message>
        <source>cannot open database %1: %2</source>
        <translation>no se puede abrir la base de datos %1: %2</translation>
    </message>
</context>
<context>
    <name>raycstr::StoreLocation</name>
    <message>
        <source>store location: %1 (expected &quot;sqlite&quot; or %2)</source>
        <translation>ubicación del almacén: %1 (se espera «sqlite» o %2)</translation>
    </message>
    <message>
        <source>not a store location</source>
        <translation>no es una ubicación de almacén</translation>
    </message>
    <message>
        <source>the ClickHouse password does not belong in the URL; give it in the config file or the environment</source>
        <translation>la contraseña de ClickHouse no va en la URL; indíquela en el archivo de configuración o en el entorno</translation>
    </message>
    <message>
        <source>the ClickHouse URL names no host</source>
        <translation>la URL de ClickHouse no indica ningún host</translation>
    </message>
    <message>
        <source>port %1 is out of range</source>
        <translation>el puerto %1 está fuera de rango</translation>
    </message>
    <message>
        <source>database name &quot;%1&quot; must be letters, digits and _</source>
        <translation>el nombre de base de datos «%1» solo puede tener letras, dígitos y _</translation>
    </message>
    <message>
        <source>the ClickHouse URL takes no ?options but cluster=NAME, and no #fragment</source>
        <translation>la URL de ClickHouse no admite ?opciones salvo cluster=NAME, ni #fragmento</translation>
    </message>
    <message>
        <source>cluster name &quot;%1&quot; must be letters, digits, _, - and .</source>
        <translation>el nombre de clúster «%1» solo puede tener letras, dígitos, _, - y .</translation>
    </message>
</context>
<context>
    <name>raycstr::UmamiReader</name>
    <message>
        <source>--website: expected a website ID (a UUID, as in Umami&apos;s tracking code)</source>
        <translation>--website: se esperaba un ID de sitio web (un UUID, como en el código de seguimiento de Umami)</translation>
    </message>
    <message>
        <source>not an Umami database: no tables website, website_event, session, event_data (or the role may not read them)</source>
        <translation>no es una base de datos de Umami: no hay tablas website, website_event, session, event_data (o el rol no puede leerlas)</translation>
    </message>
    <message>
        <source>tables %1</source>
        <translation>las tablas %1</translation>
    </message>
    <message>
        <source>columns %1</source>
        <translation>las columnas %1</translation>
    </message>
    <message>
        <source>not an Umami database of a known version: missing %1 (or the role may not read them)</source>
        <translation>no es una base de datos de Umami de una versión conocida: faltan %1 (o el rol no puede leerlas)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>no website %1 in this Umami database; its websites: %2</source>
        <translation>no hay ningún sitio web %1 en esta base de datos de Umami; sus sitios web: %2</translation>
    </message>
    <message>
        <source>no website with the domain %1 in this Umami database; give --website with one of its websites: %2</source>
        <translation>no hay ningún sitio web con el dominio %1 en esta base de datos de Umami; indique --website con uno de sus sitios web: %2</translation>
    </message>
    <message>
        <source>several websites with the domain %1; give --website with one of: %2</source>
        <translation>varios sitios web con el dominio %1; indique --website con uno de: %2</translation>
    </message>
</context>
<context>
    <name>raycstr::auth::PasswordStore</name>
    <message>
        <source>the password must have at least %1 characters</source>
        <translation>la contraseña debe tener al menos %1 caracteres</translation>
    </message>
    <message>
        <source>the password must have at most %1 bytes</source>
        <translation>la contraseña debe tener como máximo %1 bytes</translation>
    </message>
    <message>
        <source>out of memory while hashing the password</source>
        <translation>sin memoria al calcular el hash de la contraseña</translation>
    </message>
    <message>
        <source>cannot store the password: %1</source>
        <translation>no se puede guardar la contraseña: %1</translation>
    </message>
</context>
<context>
    <name>raycstr::auth::TokenStore</name>
    <message>
        <source>no site with id %1</source>
        <translation>no existe ningún sitio con el ID %1</translation>
    </message>
    <message>
        <source>cannot store the key: %1</source>
        <translation>no se puede guardar la clave: %1</translation>
    </message>
    <message>
        <source>cannot store the share link: %1</source>
        <translation>no se puede guardar el enlace compartido: %1</translation>
    </message>
    <message>
        <source>cannot revoke share link %1: %2</source>
        <translation>no se puede revocar el enlace compartido %1: %2</translation>
    </message>
    <message>
        <source>share link %1 is already revoked</source>
        <translation>el enlace compartido %1 ya está revocado</translation>
    </message>
    <message>
        <source>no share link with id %1</source>
        <translation>no existe ningún enlace compartido con el ID %1</translation>
    </message>
</context>
<context>
    <name>raycstr::cli</name>
    <message>
        <source>Data directory (default: %1).</source>
        <translation>Carpeta de datos (por defecto: %1).</translation>
    </message>
    <message>
        <source>YAML config file; flags override it.</source>
        <translation>Archivo de configuración YAML; las opciones tienen prioridad.</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Prueba &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>Language of messages: de, fr, es or en (default: the system&apos;s).</source>
        <translation>Idioma de los mensajes: de, fr, es o en (predeterminado: el del sistema).</translation>
    </message>
    <message>
        <source>%1: expected %2</source>
        <translation>%1: se esperaba %2</translation>
    </message>
    <message>
        <source>%1: expected %2 (got &apos;%3&apos;)</source>
        <translation>%1: se esperaba %2 (se recibió &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>%1 takes no arguments (got &apos;%2&apos;)</source>
        <translation>%1 no admite argumentos (recibido «%2»)</translation>
    </message>
</context>
<context>
    <name>raycstr::cli::ProgressPrinter</name>
    <message>
        <source>%1 MiB/s  ETA %2</source>
        <translation>%1 MiB/s  quedan %2</translation>
    </message>
    <message>
        <source>%1: %2% (%3 of %4 MiB, %5 MiB/s, ETA %6)</source>
        <translation>%1: %2 % (%3 de %4 MiB, %5 MiB/s, quedan %6)</translation>
    </message>
    <message>
        <source>%1 events/s  ETA %2</source>
        <translation>%1 eventos/s  quedan %2</translation>
    </message>
    <message>
        <source>%1: %2% (%3 of %4 events, %5 events/s, ETA %6)</source>
        <translation>%1: %2 % (%3 de %4 eventos, %5 eventos/s, quedan %6)</translation>
    </message>
    <message>
        <source>%1 days/min  ETA %2</source>
        <translation>%1 días/min  faltan %2</translation>
    </message>
    <message>
        <source>%1: %2% (%3 of %4 days, %5 days/min, ETA %6)</source>
        <translation>%1: %2% (%3 de %4 días, %5 días/min, faltan %6)</translation>
    </message>
</context>
<context>
    <name>raycstr::language</name>
    <message>
        <source>no translation for &apos;%1&apos; (use de, fr, es or en)</source>
        <translation>no hay traducción para &apos;%1&apos; (usa de, fr, es o en)</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value</source>
        <translation>la opción &apos;%1&apos; necesita un valor</translation>
    </message>
</context>
<context>
    <name>raycstr::report::ReportRenderer</name>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>Direct / none</source>
        <translation>Directo / ninguna</translation>
    </message>
    <message>
        <source>Unique visitors</source>
        <translation>Visitantes únicos</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Pageviews</source>
        <translation>Páginas vistas</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Tasa de rebote</translation>
    </message>
    <message>
        <source>Visit duration</source>
        <translation>Duración de la visita</translation>
    </message>
    <message>
        <source>vs. the week before</source>
        <translation>frente a la semana anterior</translation>
    </message>
    <message>
        <source>vs. the month before</source>
        <translation>frente al mes anterior</translation>
    </message>
    <message>
        <source>weekly report</source>
        <translation>informe semanal</translation>
    </message>
    <message>
        <source>monthly report</source>
        <translation>informe mensual</translation>
    </message>
    <message>
        <source>You get this report because the RayCstr server of %1 lists your address. To stop it, reply with &quot;unsubscribe&quot; or ask the site&apos;s owner to take you off its reports.</source>
        <translation>Recibe este informe porque el servidor RayCstr de %1 incluye su dirección. Para dejar de recibirlo, responda con «unsubscribe» o pida al propietario del sitio que le quite de sus informes.</translation>
    </message>
    <message>
        <source>Top pages</source>
        <translation>Páginas principales</translation>
    </message>
    <message>
        <source>Top sources</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>Top countries</source>
        <translation>Países principales</translation>
    </message>
    <message>
        <source>Goal conversions</source>
        <translation>Conversiones de objetivos</translation>
    </message>
    <message>
        <source>Visitors per day</source>
        <translation>Visitantes por día</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitantes</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversiones</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::AlertRuleDialog</name>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Objetivo</translation>
    </message>
    <message>
        <source>One message a day with the day&apos;s conversions</source>
        <translation>Un mensaje al día con las conversiones del día</translation>
    </message>
    <message>
        <source>Edit alert</source>
        <translation>Editar alerta</translation>
    </message>
    <message>
        <source>Add alert</source>
        <translation>Añadir alerta</translation>
    </message>
    <message>
        <source>Traffic spike</source>
        <translation>Pico de tráfico</translation>
    </message>
    <message>
        <source>Traffic drop (the tracker may be broken)</source>
        <translation>Caída del tráfico (puede que el rastreador falle)</translation>
    </message>
    <message>
        <source>Goal conversion</source>
        <translation>Conversión de objetivo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>After a message, none for the same alert before this has passed: one incident sends one message.</source>
        <translation>Tras un mensaje, ninguno más de la misma alerta antes de este plazo: un incidente, un mensaje.</translation>
    </message>
    <message>
        <source>you@example.com, team@example.com</source>
        <translation>tu@example.com, equipo@example.com</translation>
    </message>
    <message>
        <source>%1 — enter the URL again to keep it</source>
        <translation>%1 — vuelve a escribir la URL para conservarla</translation>
    </message>
    <message>
        <source>https://hooks.slack.com/services/…</source>
        <translation>https://hooks.slack.com/services/…</translation>
    </message>
    <message>
        <source>Slack-compatible (Slack, Mattermost, Discord)</source>
        <translation>Compatible con Slack (Slack, Mattermost, Discord)</translation>
    </message>
    <message>
        <source>Plain text (ntfy and others)</source>
        <translation>Texto sin formato (ntfy y otros)</translation>
    </message>
    <message>
        <source>&amp;Alert on</source>
        <translation>&amp;Alertar por</translation>
    </message>
    <message>
        <source>&amp;Cool-down</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>&amp;E-mail to</source>
        <translation>&amp;Correo a</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook</translation>
    </message>
    <message>
        <source>Webhook &amp;format</source>
        <translation>&amp;Formato del webhook</translation>
    </message>
    <message>
        <source>No pageview for</source>
        <translation>Sin páginas vistas durante</translation>
    </message>
    <message>
        <source>Current &amp;visitors at least</source>
        <translation>&amp;Visitantes actuales al menos</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::AlertRulesModel</name>
    <message numerus="yes">
        <source>%n or more current visitors</source>
        <translation>
            <numerusform>%n o más visitantes actuales</numerusform>
            <numerusform>%n o más visitantes actuales</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal %1 (daily digest)</source>
        <translation>Objetivo %1 (resumen diario)</translation>
    </message>
    <message>
        <source>Goal %1 (each conversion)</source>
        <translation>Objetivo %1 (cada conversión)</translation>
    </message>
    <message>
        <source>webhook %1</source>
        <translation>webhook %1</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Added here</source>
        <translation>Añadida aquí</translation>
    </message>
    <message>
        <source>Config file (read-only)</source>
        <translation>Archivo de configuración (solo lectura)</translation>
    </message>
    <message>
        <source>Alert when</source>
        <translation>Alertar cuando</translation>
    </message>
    <message>
        <source>Cool-down</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Enviada a</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message numerus="yes">
        <source>%n or more current visitor</source>
        <translation>
            <numerusform>%n o más visitantes actuales</numerusform>
            <numerusform>%n o más visitantes actuales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No pageview for %n hour</source>
        <translation>
            <numerusform>Sin páginas vistas durante %n hora</numerusform>
            <numerusform>Sin páginas vistas durante %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No pageview for %n hours</source>
        <translation>
            <numerusform>Sin páginas vistas durante %n hora</numerusform>
            <numerusform>Sin páginas vistas durante %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail addresses</source>
        <translation>
            <numerusform>%n dirección de correo</numerusform>
            <numerusform>%n direcciones de correo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>raycstr::ui::ApiKeysModel</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(sin etiqueta)</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>todos los sitios</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administración</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lectura</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::BreakdownModel</name>
    <message>
        <source>Visitors</source>
        <translation>Visitantes</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Pageviews</source>
        <translation>Páginas vistas</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Cuota</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::BreakdownPanel</name>
    <message>
        <source>No data for this period</source>
        <translation>No hay datos para este periodo</translation>
    </message>
    <message>
        <source>Click a row to filter the dashboard by it</source>
        <translation>Haz clic en una fila para filtrar el panel por ella</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>No se pudo cargar: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Every row, with search and sorting (Ctrl+D)</source>
        <translation>Todas las filas, con búsqueda y orden (Ctrl+D)</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>Detalles de %1</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::ChartMetric</name>
    <message>
        <source>Visitors</source>
        <translation>Visitantes</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Pageviews</source>
        <translation>Páginas vistas</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Tasa de rebote</translation>
    </message>
    <message>
        <source>Visit duration</source>
        <translation>Duración de la visita</translation>
    </message>
    <message>
        <source>Views per visit</source>
        <translation>Páginas por visita</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
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
        <translation>Isla de la Ascensión</translation>
    </message>
    <message>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Emiratos Árabes Unidos</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afganistán</translation>
    </message>
    <message>
        <source>Antigua And Barbuda</source>
        <translation>Antigua y Barbuda</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Anguila</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albania</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Armenia</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Antártida</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Samoa Americana</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <source>Aland Islands</source>
        <translation>Islas Aland</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azerbaiyán</translation>
    </message>
    <message>
        <source>Bosnia And Herzegovina</source>
        <translation>Bosnia y Herzegovina</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladés</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Bélgica</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Baréin</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Benín</translation>
    </message>
    <message>
        <source>Saint Barthelemy</source>
        <translation>San Bartolomé</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Bermudas</translation>
    </message>
    <message>
        <source>Brunei</source>
        <translation>Brunéi</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Bolivia</translation>
    </message>
    <message>
        <source>Caribbean Netherlands</source>
        <translation>Caribe neerlandés</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Bután</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Isla Bouvet</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botsuana</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Bielorrusia</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Belice</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Cocos Islands</source>
        <translation>Islas Cocos</translation>
    </message>
    <message>
        <source>Congo Kinshasa</source>
        <translation>República Democrática del Congo</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>República Centroafricana</translation>
    </message>
    <message>
        <source>Congo Brazzaville</source>
        <translation>Congo</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suiza</translation>
    </message>
    <message>
        <source>Ivory Coast</source>
        <translation>Côte d’Ivoire</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Islas Cook</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Camerún</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <source>Clipperton Island</source>
        <translation>Isla Clipperton</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Cuba</translation>
    </message>
    <message>
        <source>Cape Verde</source>
        <translation>Cabo Verde</translation>
    </message>
    <message>
        <source>Curacao</source>
        <translation>Curazao</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Isla de Navidad</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Chipre</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Chequia</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>Diego Garcia</source>
        <translation>Diego García</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Yibuti</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dinamarca</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>República Dominicana</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Argelia</translation>
    </message>
    <message>
        <source>Ceuta And Melilla</source>
        <translation>Ceuta y Melilla</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonia</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Egipto</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Sáhara Occidental</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Etiopía</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Unión Europea</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlandia</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Fiyi</translation>
    </message>
    <message>
        <source>Falkland Islands</source>
        <translation>Islas Malvinas</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>Micronesia</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Islas Feroe</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabón</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Granada</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Georgia</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Guayana Francesa</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>Guernesey</translation>
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
        <translation>Groenlandia</translation>
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
        <translation>Guadalupe</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Guinea Ecuatorial</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grecia</translation>
    </message>
    <message>
        <source>South Georgia And South Sandwich Islands</source>
        <translation>Islas Georgia del Sur y Sandwich del Sur</translation>
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
        <translation>Guinea-Bisáu</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <source>Heard And McDonald Islands</source>
        <translation>Islas Heard y McDonald</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croacia</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haití</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Hungría</translation>
    </message>
    <message>
        <source>Canary Islands</source>
        <translation>Canarias</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <source>Isle Of Man</source>
        <translation>Isla de Man</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Territorio Británico del Océano Índico</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Irán</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Islandia</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Jamaica</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Jordania</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japón</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenia</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kirguistán</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Camboya</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Comoras</translation>
    </message>
    <message>
        <source>Saint Kitts And Nevis</source>
        <translation>San Cristóbal y Nieves</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Corea del Norte</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Corea del Sur</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Islas Caimán</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazajistán</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Líbano</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>Santa Lucía</translation>
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
        <translation>Lesoto</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lituania</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburgo</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Letonia</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libia</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Marruecos</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Mónaco</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldavia</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <source>Saint Martin</source>
        <translation>San Martín</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Islas Marshall</translation>
    </message>
    <message>
        <source>Macedonia</source>
        <translation>Macedonia del Norte</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Myanmar (Birmania)</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongolia</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Macao</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Islas Marianas del Norte</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinica</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Mauritania</translation>
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
        <translation>Mauricio</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Maldivas</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malaui</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malasia</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mozambique</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Nueva Caledonia</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Níger</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Isla Norfolk</translation>
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
        <translation>Países Bajos</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Noruega</translation>
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
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>Omán</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>Panamá</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Perú</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Polinesia Francesa</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papúa Nueva Guinea</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Filipinas</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistán</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <source>Saint Pierre And Miquelon</source>
        <translation>San Pedro y Miquelón</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation>Islas Pitcairn</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <source>Palestinian Territories</source>
        <translation>Territorios Palestinos</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>Palaos</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Catar</translation>
    </message>
    <message>
        <source>Outlying Oceania</source>
        <translation>Territorios alejados de Oceanía</translation>
    </message>
    <message>
        <source>Reunion</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumanía</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbia</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Rusia</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Arabia Saudí</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Islas Salomón</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Sudán</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suecia</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>Saint Helena</source>
        <translation>Santa Elena</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Eslovenia</translation>
    </message>
    <message>
        <source>Svalbard And Jan Mayen</source>
        <translation>Svalbard y Jan Mayen</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Eslovaquia</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leona</translation>
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
        <translation>Surinam</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Sudán del Sur</translation>
    </message>
    <message>
        <source>Sao Tome And Principe</source>
        <translation>Santo Tomé y Príncipe</translation>
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
        <translation>Siria</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Esuatini</translation>
    </message>
    <message>
        <source>Tristan Da Cunha</source>
        <translation>Tristán de Acuña</translation>
    </message>
    <message>
        <source>Turks And Caicos Islands</source>
        <translation>Islas Turcas y Caicos</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Chad</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Territorios Australes Franceses</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Tailandia</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tayikistán</translation>
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
        <translation>Turkmenistán</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Túnez</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Turquía</translation>
    </message>
    <message>
        <source>Trinidad And Tobago</source>
        <translation>Trinidad y Tobago</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taiwán</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzania</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ucrania</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <source>United States Outlying Islands</source>
        <translation>Islas menores alejadas de EE. UU.</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Uzbekistán</translation>
    </message>
    <message>
        <source>Vatican City</source>
        <translation>Ciudad del Vaticano</translation>
    </message>
    <message>
        <source>Saint Vincent And Grenadines</source>
        <translation>San Vicente y las Granadinas</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>British Virgin Islands</source>
        <translation>Islas Vírgenes Británicas</translation>
    </message>
    <message>
        <source>United States Virgin Islands</source>
        <translation>Islas Vírgenes de EE. UU.</translation>
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
        <translation>Wallis y Futuna</translation>
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
        <translation>Yemen</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Sudáfrica</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zambia</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Zimbabue</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::CustomRangeDialog</name>
    <message>
        <source>Custom period</source>
        <translation>Periodo personalizado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::DashboardView</name>
    <message>
        <source>Unique visitors</source>
        <translation>Visitantes únicos</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Pageviews</source>
        <translation>Páginas vistas</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Tasa de rebote</translation>
    </message>
    <message>
        <source>Visit duration</source>
        <translation>Duración de la visita</translation>
    </message>
    <message>
        <source>Views per visit</source>
        <translation>Páginas por visita</translation>
    </message>
    <message>
        <source>Top pages</source>
        <translation>Páginas principales</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Entry pages</source>
        <translation>Páginas de entrada</translation>
    </message>
    <message>
        <source>Exit pages</source>
        <translation>Páginas de salida</translation>
    </message>
    <message>
        <source>Top sources</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Referentes</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>Fuente UTM</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Browsers</source>
        <translation>Navegadores</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>Sistemas operativos</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Evolución</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Sin comparación</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Mismo periodo del año pasado</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Average per conversion: %1</source>
        <translation>Media por conversión: %1</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::DataSource</name>
    <message>
        <source>Added %1.</source>
        <translation>%1 añadido.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 and its %n events.</source>
        <translation>
            <numerusform>%1 eliminado, con %n evento.</numerusform>
            <numerusform>%1 eliminado, con sus %n eventos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key revoked.</source>
        <translation>Clave revocada.</translation>
    </message>
    <message>
        <source>Added the goal %1.</source>
        <translation>Objetivo %1 añadido.</translation>
    </message>
    <message>
        <source>Goal removed.</source>
        <translation>Objetivo eliminado.</translation>
    </message>
    <message>
        <source>Saved the funnel %1.</source>
        <translation>Embudo %1 guardado.</translation>
    </message>
    <message>
        <source>Funnel removed.</source>
        <translation>Embudo eliminado.</translation>
    </message>
    <message>
        <source>Alert saved.</source>
        <translation>Alerta guardada.</translation>
    </message>
    <message>
        <source>Alert added.</source>
        <translation>Alerta añadida.</translation>
    </message>
    <message>
        <source>Alert removed.</source>
        <translation>Alerta eliminada.</translation>
    </message>
    <message>
        <source>The days of %1 now start at midnight in %2.</source>
        <translation>Los días de %1 empiezan ahora a medianoche en %2.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::DetailsDialog</name>
    <message>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <source>%1 — details</source>
        <translation>%1 — detalles</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Click a row to filter the dashboard by it</source>
        <translation>Haz clic en una fila para filtrar el panel por ella</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export every row of this search as a CSV file</source>
        <translation>Exportar todas las filas de esta búsqueda como archivo CSV</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>No se pudo cargar: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>No hay datos para este periodo</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Nada coincide con «%1»</translation>
    </message>
    <message>
        <source>Showing %1 of %2 rows</source>
        <translation>%1 de %2 filas</translation>
    </message>
    <message>
        <source>(sorted among the loaded rows: load more to sort them all)</source>
        <translation>(ordenadas entre las filas cargadas: cargue más para ordenarlas todas)</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message numerus="yes">
        <source>%n row</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>raycstr::ui::FilterBar</name>
    <message>
        <source>Filtered by</source>
        <translation>Filtrado por</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 es %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 no es %2</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation>%1 contiene %2</translation>
    </message>
    <message>
        <source>%1 does not contain %2</source>
        <translation>%1 no contiene %2</translation>
    </message>
    <message>
        <source>%1 matches %2</source>
        <translation>%1 coincide con %2</translation>
    </message>
    <message>
        <source>%1 does not match %2</source>
        <translation>%1 no coincide con %2</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Quitar el filtro %1</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to RayCstr</source>
        <translation>Te damos la bienvenida a RayCstr</translation>
    </message>
    <message>
        <source>Privacy-first analytics that run on this computer. Which site do you want to count?</source>
        <translation>Analítica respetuosa con la privacidad que funciona en este ordenador. ¿Qué sitio quieres medir?</translation>
    </message>
    <message>
        <source>Your site&apos;s &amp;domain:</source>
        <translation>&amp;Dominio de tu sitio:</translation>
    </message>
    <message>
        <source>yoursite.com</source>
        <translation>tusitio.es</translation>
    </message>
    <message>
        <source>No cookies, no IP addresses stored: visitors are counted with a daily-salted hash that cannot be traced back.</source>
        <translation>Sin cookies ni direcciones IP guardadas: los visitantes se cuentan con un hash con sal diaria que no se puede rastrear.</translation>
    </message>
    <message>
        <source>Connect to a RayCstr server instead…</source>
        <translation>Conectarse a un servidor RayCstr en su lugar…</translation>
    </message>
    <message>
        <source>Where should the collector listen?</source>
        <translation>¿Dónde debe escuchar el recolector?</translation>
    </message>
    <message>
        <source>Your pages send their events to this address. Keep 127.0.0.1 to try it on this computer; use :8080 (every interface) behind your router or reverse proxy.</source>
        <translation>Tus páginas envían sus eventos a esta dirección. Deja 127.0.0.1 para probarlo en este ordenador; usa :8080 (todas las interfaces) detrás de tu router o proxy inverso.</translation>
    </message>
    <message>
        <source>Listen &amp;address:</source>
        <translation>Dirección de &amp;escucha:</translation>
    </message>
    <message>
        <source>Add this snippet to your site</source>
        <translation>Añade este fragmento a tu sitio</translation>
    </message>
    <message>
        <source>Paste it into the &lt;head&gt; of every page. Events show up in the live view within a second.</source>
        <translation>Pégalo en el &lt;head&gt; de cada página. Los eventos aparecen en la vista en directo en menos de un segundo.</translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation>Fragmento</translation>
    </message>
    <message>
        <source>Replace the address with the one your visitors reach the collector at (e.g. https://stats.yoursite.com) once it is public.</source>
        <translation>Sustituye la dirección por aquella en la que tus visitantes llegan al recolector (p. ej. https://stats.tusitio.es) cuando sea público.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>&amp;Copy snippet</source>
        <translation>&amp;Copiar el fragmento</translation>
    </message>
    <message>
        <source>Set up RayCstr</source>
        <translation>Configurar RayCstr</translation>
    </message>
    <message>
        <source>Start collecting</source>
        <translation>Empezar a recoger datos</translation>
    </message>
    <message>
        <source>Its &amp;time zone:</source>
        <translation>Su &amp;zona horaria:</translation>
    </message>
    <message>
        <source>Where the site&apos;s days start in every report: choose where most of your visitors, or you, live.</source>
        <translation>Dónde empiezan los días del sitio en cada informe: elija donde viven la mayoría de sus visitantes, o usted.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::FunnelChart</name>
    <message>
        <source>Visitors</source>
        <translation>Visitantes</translation>
    </message>
    <message>
        <source>Dropped off</source>
        <translation>Abandonos</translation>
    </message>
    <message>
        <source>1 visitor</source>
        <translation>1 visitante</translation>
    </message>
    <message numerus="yes">
        <source>%1 visitors</source>
        <comment>%1: the count, abbreviated</comment>
        <translation>
            <numerusform>%1 visitante</numerusform>
            <numerusform>%1 visitantes</numerusform>
        </translation>
    </message>
    <message>
        <source>entered the funnel</source>
        <translation>entraron en el embudo</translation>
    </message>
    <message>
        <source>%1 · %2 dropped</source>
        <translation>%1 · %2 abandonos</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::FunnelEditor</name>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Funnels</source>
        <translation>Embudos</translation>
    </message>
    <message>
        <source>Saved funnels</source>
        <translation>Embudos guardados</translation>
    </message>
    <message>
        <source>New funnel</source>
        <translation>Nuevo embudo</translation>
    </message>
    <message>
        <source>Import YAML…</source>
        <translation>Importar YAML…</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>Export YAML…</source>
        <translation>Exportar YAML…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Sign-up flow</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Funnel name</source>
        <translation>Nombre del embudo</translation>
    </message>
    <message>
        <source>Funnel steps</source>
        <translation>Pasos del embudo</translation>
    </message>
    <message>
        <source>Drag steps to reorder them; F2 or a double click edits a step</source>
        <translation>Arrastra los pasos para reordenarlos; F2 o un doble clic edita un paso</translation>
    </message>
    <message>
        <source>New step kind</source>
        <translation>Tipo del nuevo paso</translation>
    </message>
    <message>
        <source>New step path or event</source>
        <translation>Ruta o evento del nuevo paso</translation>
    </message>
    <message>
        <source>New step label</source>
        <translation>Etiqueta del nuevo paso</translation>
    </message>
    <message>
        <source>Label (optional)</source>
        <translation>Etiqueta (opcional)</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Flecha arriba</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Flecha abajo</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>Funnel conversion</source>
        <translation>Conversión del embudo</translation>
    </message>
    <message>
        <source>Event name, e.g. Signup</source>
        <translation>Nombre del evento, p. ej. Signup</translation>
    </message>
    <message>
        <source>Path: /pricing, /blog/*, /docs/**</source>
        <translation>Ruta: /pricing, /blog/*, /docs/**</translation>
    </message>
    <message>
        <source>Import a funnel</source>
        <translation>Importar un embudo</translation>
    </message>
    <message>
        <source>Funnel files (*.yaml *.yml);;All files (*)</source>
        <translation>Archivos de embudo (*.yaml *.yml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export the funnel</source>
        <translation>Exportar el embudo</translation>
    </message>
    <message>
        <source>Funnel files (*.yaml *.yml)</source>
        <translation>Archivos de embudo (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«%1» guardado.</translation>
    </message>
    <message>
        <source>Could not preview: %1</source>
        <translation>No se pudo previsualizar: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>A funnel has at most %1 steps.</source>
        <translation>Un embudo tiene como máximo %1 pasos.</translation>
    </message>
    <message>
        <source>Another funnel is named “%1” already.</source>
        <translation>Otro embudo ya se llama «%1».</translation>
    </message>
    <message>
        <source>Delete funnel</source>
        <translation>Eliminar el embudo</translation>
    </message>
    <message>
        <source>Delete the funnel “%1”? Its events stay.</source>
        <translation>¿Eliminar el embudo «%1»? Sus eventos se conservan.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n steps; Save keeps them.</source>
        <translation>
            <numerusform>%n paso importado; Guardar lo conserva.</numerusform>
            <numerusform>%n pasos importados; Guardar los conserva.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Add at least %1 steps to see the funnel</source>
        <translation>Añade al menos %1 pasos para ver el embudo</translation>
    </message>
    <message>
        <source>%1 conversion · %2 → %3 visitors</source>
        <translation>%1 de conversión · %2 → %3 visitantes</translation>
    </message>
    <message>
        <source>No funnels yet. A funnel counts the visitors who go through steps in order, e.g. / → /pricing → Signup. Name one on the right, add its steps and save it.</source>
        <translation>Aún no hay embudos. Un embudo cuenta los visitantes que recorren unos pasos en orden, p. ej. / → /pricing → Signup. Ponle nombre a uno a la derecha, añade sus pasos y guárdalo.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::FunnelStepDelegate</name>
    <message>
        <source>Event name</source>
        <translation>Nombre del evento</translation>
    </message>
    <message>
        <source>/path, /blog/*, /docs/**</source>
        <translation>/ruta, /blog/*, /docs/**</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::FunnelStepsModel</name>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>A path: /blog/* matches one segment, /docs/** anything below</source>
        <translation>Una ruta: /blog/* coincide con un segmento, /docs/** con todo lo que hay debajo</translation>
    </message>
    <message>
        <source>A custom event&apos;s name, as the site sends it</source>
        <translation>El nombre de un evento personalizado, tal como lo envía el sitio</translation>
    </message>
    <message>
        <source>Drag to reorder (or Alt+Up / Alt+Down)</source>
        <translation>Arrastra para reordenar (o Alt+Flecha arriba / Alt+Flecha abajo)</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Path or event</source>
        <translation>Ruta o evento</translation>
    </message>
    <message>
        <source>Label (optional)</source>
        <translation>Etiqueta (opcional)</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::GoalsModel</name>
    <message>
        <source>%1 — click to show only the visits that converted</source>
        <translation>%1 — haz clic para mostrar solo las visitas que convirtieron</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Uniques</source>
        <translation>Únicos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>CR</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Average</source>
        <comment>revenue per conversion</comment>
        <translation>Media</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::GoalsPanel</name>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Añadir objetivo…</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Atrás</translation>
    </message>
    <message>
        <source>Custom events</source>
        <translation>Eventos personalizados</translation>
    </message>
    <message>
        <source>Count the visits that reach a page or send an event</source>
        <translation>Contar las visitas que llegan a una página o envían un evento</translation>
    </message>
    <message>
        <source>Click a goal to show only the visits that converted</source>
        <translation>Haz clic en un objetivo para mostrar solo las visitas que convirtieron</translation>
    </message>
    <message>
        <source>No goals yet. Add one to count the visits that reach a page or send an event.</source>
        <translation>Todavía no hay objetivos. Añade uno para contar las visitas que llegan a una página o envían un evento.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitantes</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Quitar el objetivo</translation>
    </message>
    <message>
        <source>Remove the goal “%1”? Its events stay.</source>
        <translation>¿Quitar el objetivo «%1»? Sus eventos se conservan.</translation>
    </message>
    <message>
        <source>No custom events in this period</source>
        <translation>No hay eventos personalizados en este periodo</translation>
    </message>
    <message>
        <source>“%1” has no properties in this period</source>
        <translation>«%1» no tiene propiedades en este periodo</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>No se pudo cargar: %1</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <source>All events › %1</source>
        <translation>Todos los eventos › %1</translation>
    </message>
    <message>
        <source>All events › %1 › %2</source>
        <translation>Todos los eventos › %1 › %2</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Añadir un objetivo</translation>
    </message>
    <message>
        <source>Custom event</source>
        <translation>Evento personalizado</translation>
    </message>
    <message>
        <source>Page visit</source>
        <translation>Visita a una página</translation>
    </message>
    <message>
        <source>Signup, or /thank-you, /blog/**</source>
        <translation>Signup, o /gracias, /blog/**</translation>
    </message>
    <message>
        <source>Optional: defaults to the event or path</source>
        <translation>Opcional: por defecto, el evento o la ruta</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Matches</source>
        <translation>&amp;Coincide con</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>Every row, with search and sorting (Ctrl+D)</source>
        <translation>Todas las filas, con búsqueda y orden (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::ImportDialog</name>
    <message>
        <source>Web server access logs (nginx, Apache)</source>
        <translation>Registros de acceso del servidor web (nginx, Apache)</translation>
    </message>
    <message>
        <source>Combined or common format, or an nginx log_format; .gz files too. Several files are read in time order, through the same privacy pipeline as live hits (addresses are never stored).</source>
        <translation>Formato combined o common, o un log_format de nginx; también archivos .gz. Varios archivos se leen en orden cronológico, por el mismo proceso de privacidad que las visitas en directo (nunca se guardan direcciones).</translation>
    </message>
    <message>
        <source>Access logs (*.log *.gz *.1 access*);;All files (*)</source>
        <translation>Registros de acceso (*.log *.gz *.1 access*);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>GoatCounter CSV export</source>
        <translation>Exportación CSV de GoatCounter</translation>
    </message>
    <message>
        <source>The CSV export of GoatCounter (format version 2): one file.</source>
        <translation>La exportación CSV de GoatCounter (formato versión 2): un archivo.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.csv.gz *.gz);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.csv.gz *.gz);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Plausible CSV export (zip or folder)</source>
        <translation>Exportación CSV de Plausible (zip o carpeta)</translation>
    </message>
    <message>
        <source>Plausible&apos;s Settings → Imports &amp; Exports → Export: the zip, or the folder it unpacks to. Daily totals, added to the reports.</source>
        <translation>En Plausible: Ajustes → Importaciones y exportaciones → Exportar: el zip, o la carpeta en que se descomprime. Totales diarios, sumados a los informes.</translation>
    </message>
    <message>
        <source>Zip files (*.zip);;All files (*)</source>
        <translation>Archivos zip (*.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Google Analytics 4 reports (JSON, folder or zip)</source>
        <translation>Informes de Google Analytics 4 (JSON, carpeta o zip)</translation>
    </message>
    <message>
        <source>Data API runReport responses: one file per report (daily visitors, pages, sources, countries, devices…), or a folder or zip of them.</source>
        <translation>Respuestas runReport de la Data API: un archivo por informe (visitantes diarios, páginas, fuentes, países, dispositivos…), o una carpeta o un zip con ellos.</translation>
    </message>
    <message>
        <source>Reports (*.json *.zip);;All files (*)</source>
        <translation>Informes (*.json *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Google Analytics 4 BigQuery export (NDJSON)</source>
        <translation>Exportación de BigQuery de Google Analytics 4 (NDJSON)</translation>
    </message>
    <message>
        <source>The events_YYYYMMDD tables exported as newline-delimited JSON (.gz too): raw events, filterable like live ones.</source>
        <translation>Las tablas events_YYYYMMDD exportadas como JSON delimitado por saltos de línea (también .gz): eventos sin agregar, filtrables como los en directo.</translation>
    </message>
    <message>
        <source>BigQuery exports (*.ndjson *.json *.jsonl *.gz);;All files (*)</source>
        <translation>Exportaciones de BigQuery (*.ndjson *.json *.jsonl *.gz);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Carpeta…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importar el historial</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Origen</translation>
    </message>
    <message>
        <source>Choose the files or folder to import</source>
        <translation>Elija los archivos o la carpeta que importar</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>Archivos…</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Archivos</translation>
    </message>
    <message>
        <source>combined, common, or an nginx log_format string such as $remote_addr - $remote_user [$time_local] &quot;$request&quot; …</source>
        <translation>combined, common o un log_format de nginx como $remote_addr - $remote_user [$time_local] &quot;$request&quot; …</translation>
    </message>
    <message>
        <source>Log &amp;format</source>
        <translation>&amp;Formato del registro</translation>
    </message>
    <message>
        <source>In&amp;to site</source>
        <translation>En el si&amp;tio</translation>
    </message>
    <message>
        <source>The collector pauses while importing. Days that already hold data, and today, are left out; the same files again replace the earlier import.</source>
        <translation>El recolector se pausa mientras se importa. Se omiten los días que ya tienen datos, y hoy; los mismos archivos importados de nuevo sustituyen la importación anterior.</translation>
    </message>
    <message>
        <source>Cancel stops at the next day: the days finished so far are kept, and importing the same files again finishes the import.</source>
        <translation>Cancelar se detiene en el día siguiente: se conservan los días ya terminados, e importar de nuevo los mismos archivos completa la importación.</translation>
    </message>
    <message>
        <source>Nothing to import into: start this computer&apos;s collector first.</source>
        <translation>No hay dónde importar: inicie primero el recolector de este equipo.</translation>
    </message>
    <message>
        <source>Importing %1 into %2…</source>
        <translation>Importando %1 en %2…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Stopping after the day in hand…</source>
        <translation>Deteniendo tras el día en curso…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>%1 MB of %2 MB</source>
        <translation>%1 MB de %2 MB</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>quedan unos %1</translation>
    </message>
    <message>
        <source>Went on with import %1 (its finished days kept).</source>
        <translation>Se continuó la importación %1 (se conservan sus días terminados).</translation>
    </message>
    <message>
        <source>Replaced import %1 (the same files).</source>
        <translation>Importación %1 sustituida (los mismos archivos).</translation>
    </message>
    <message>
        <source>Days: %1 – %2.</source>
        <translation>Días: %1 – %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported into %1&lt;/b&gt; in %2.</source>
        <translation>&lt;b&gt;Importado en %1&lt;/b&gt; en %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n daily aggregates written</source>
        <translation>
            <numerusform>%n agregado diario escrito</numerusform>
            <numerusform>%n agregados diarios escritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events written</source>
        <translation>
            <numerusform>%n evento escrito</numerusform>
            <numerusform>%n eventos escritos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows read, %2.</source>
        <translation>%1 filas leídas, %2.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>rows skipped, reason</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Omitidas: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n days that already had data.</source>
        <translation>
            <numerusform>Se omitió %n día que ya tenía datos.</numerusform>
            <numerusform>Se omitieron %n días que ya tenían datos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new was written: every day of the input already had data, or is today.</source>
        <translation>No se escribió nada nuevo: cada día de la entrada ya tenía datos, o es hoy.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped&lt;/b&gt; before anything was written.</source>
        <translation>&lt;b&gt;Detenido&lt;/b&gt; antes de escribir nada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped.&lt;/b&gt; Import %1 kept its finished days; import the same files again to finish it.</source>
        <translation>&lt;b&gt;Detenido.&lt;/b&gt; La importación %1 conservó sus días terminados; importe de nuevo los mismos archivos para completarla.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The import failed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;La importación falló.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing of this import was kept.</source>
        <translation>No se conservó nada de esta importación.</translation>
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
        <translation>registros de acceso</translation>
    </message>
    <message>
        <source>Includes imported data from %1, %2 – %3</source>
        <translation>Incluye datos importados de %1, %2 – %3</translation>
    </message>
    <message>
        <source>Includes imported data</source>
        <translation>Incluye datos importados</translation>
    </message>
    <message>
        <source>Imported data is left out of hourly views: it holds daily totals.</source>
        <translation>Los datos importados quedan fuera de las vistas por horas: contienen totales diarios.</translation>
    </message>
    <message>
        <source>Imported data is left out here: its daily totals cannot answer this filter (one filter on a dimension it carries can).</source>
        <translation>Los datos importados quedan fuera aquí: sus totales diarios no pueden responder a este filtro (un filtro sobre una dimensión que contienen sí).</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::KeychainSecretStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation>Llavero de macOS</translation>
    </message>
    <message>
        <source>Windows Credential Store</source>
        <translation>Administrador de credenciales de Windows</translation>
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
        <translation>sin datos anteriores</translation>
    </message>
    <message>
        <source>%1 %2% vs previous</source>
        <translation>%1 %2&#xa0;% vs. anterior</translation>
    </message>
    <message>
        <source>%1 %2% vs last year</source>
        <translation>%1 %2&#xa0;% vs. año anterior</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::LiveFeedModel</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Custom event</source>
        <translation>Evento personalizado</translation>
    </message>
    <message>
        <source>Pageview</source>
        <translation>Página vista</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Page or event</source>
        <translation>Página o evento</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navegador</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::LiveView</name>
    <message>
        <source>Pageviews</source>
        <translation>Páginas vistas</translation>
    </message>
    <message>
        <source>Visitors right now</source>
        <translation>Visitantes ahora mismo</translation>
    </message>
    <message>
        <source>in the last 5 minutes</source>
        <translation>en los últimos 5 minutos</translation>
    </message>
    <message>
        <source>Pageviews per minute, last 30 minutes</source>
        <translation>Páginas vistas por minuto, últimos 30 minutos</translation>
    </message>
    <message>
        <source>Pages being viewed</source>
        <translation>Páginas que se están viendo</translation>
    </message>
    <message>
        <source>Live feed</source>
        <translation>Actividad en directo</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>Waiting for the next visit: each pageview and event shows up here the moment it arrives. Nothing arrives until the tracker snippet is on the site&apos;s pages.</source>
        <translation>Esperando la próxima visita: cada página vista y cada evento aparece aquí en cuanto llega. No llega nada hasta que el fragmento de seguimiento esté en las páginas del sitio.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::LocalDataSource</name>
    <message>
        <source>No site %1.</source>
        <translation>No existe el sitio %1.</translation>
    </message>
    <message>
        <source>Local data in %1</source>
        <translation>Datos locales en %1</translation>
    </message>
    <message>
        <source>No alert %1 on %2.</source>
        <translation>No hay alerta %1 en %2.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Set up the mail server (SMTP) first.</source>
        <translation>Configura primero el servidor de correo (SMTP).</translation>
    </message>
    <message>
        <source>Name at least one recipient.</source>
        <translation>Indica al menos un destinatario.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation>«%1» no es una dirección de correo.</translation>
    </message>
    <message>
        <source>A report is sent weekly or monthly.</source>
        <translation>Un informe se envía cada semana o cada mes.</translation>
    </message>
    <message>
        <source>The report and mail settings of this computer are the app&apos;s.</source>
        <translation>Los ajustes de informes y de correo de este equipo son los de la aplicación.</translation>
    </message>
    <message>
        <source>Unknown import source &apos;%1&apos;.</source>
        <translation>Origen de importación desconocido «%1».</translation>
    </message>
    <message>
        <source>Choose what to import.</source>
        <translation>Elija qué importar.</translation>
    </message>
    <message>
        <source>%1
Pause the collector first: an import needs the data folder to itself.</source>
        <translation>%1
Pause primero el recolector: una importación necesita la carpeta de datos para ella sola.</translation>
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
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Funnels</source>
        <translation>Embudos</translation>
    </message>
    <message>
        <source>Listen address: %1</source>
        <translation>Dirección de escucha: %1</translation>
    </message>
    <message>
        <source>Starting the collector…</source>
        <translation>Iniciando el recolector…</translation>
    </message>
    <message>
        <source>Collecting on %1</source>
        <translation>Recogiendo en %1</translation>
    </message>
    <message>
        <source>Collector stopped: %1</source>
        <translation>Recolector detenido: %1</translation>
    </message>
    <message>
        <source> (no keychain: the key is kept for this session only)</source>
        <translation> (sin llavero: la clave solo se guarda durante esta sesión)</translation>
    </message>
    <message>
        <source>Not running (remote mode)</source>
        <translation>Detenido (modo servidor remoto)</translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n event today</source>
        <translation>
            <numerusform>  ·  %n evento hoy</numerusform>
            <numerusform>  ·  %n eventos hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ·  %Ln events today</source>
        <translation>
            <numerusform>  ·  %Ln evento hoy</numerusform>
            <numerusform>  ·  %Ln eventos hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a server: showing the local collector.</source>
        <translation>Sin conexión a un servidor: se muestra el recolector local.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Conectar a un servidor…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;En vivo</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ajustes</translation>
    </message>
    <message>
        <source>&amp;Funnels</source>
        <translation>&amp;Embudos</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About RayCstr</source>
        <translation>&amp;Acerca de RayCstr</translation>
    </message>
    <message>
        <source>About RayCstr</source>
        <translation>Acerca de RayCstr</translation>
    </message>
    <message>
        <source>&lt;b&gt;RayCstr %1&lt;/b&gt;&lt;p&gt;Privacy-first web analytics: no cookies, no IP addresses stored.&lt;/p&gt;&lt;p&gt;MIT licence. Country data: CC BY 4.0 (NRO).&lt;/p&gt;</source>
        <translation>&lt;b&gt;RayCstr %1&lt;/b&gt;&lt;p&gt;Analítica web respetuosa con la privacidad: sin cookies, sin direcciones IP guardadas.&lt;/p&gt;&lt;p&gt;Licencia MIT. Datos de países: CC BY 4.0 (NRO).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open RayCstr</source>
        <translation>&amp;Abrir RayCstr</translation>
    </message>
    <message>
        <source>&amp;Pause collecting</source>
        <translation>&amp;Pausar la recogida</translation>
    </message>
    <message>
        <source>&amp;Resume collecting</source>
        <translation>&amp;Reanudar la recogida</translation>
    </message>
    <message>
        <source>RayCstr keeps collecting</source>
        <translation>RayCstr sigue recogiendo</translation>
    </message>
    <message>
        <source>RayCstr is still running in the tray. Quit it from the tray menu or with Ctrl+Q.</source>
        <translation>RayCstr sigue funcionando en la bandeja. Ciérrelo desde su menú o con Ctrl+Q.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>Paused: not collecting (trackers get no answer until you resume)</source>
        <translation>En pausa: no se recopila nada (los rastreadores no reciben respuesta hasta que reanudes)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Reports and alerts</source>
        <translation>Informes y alertas</translation>
    </message>
    <message>
        <source>&amp;Export dashboard…</source>
        <translation>&amp;Exportar el panel…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Import… (on the server: raycstr-server import)</source>
        <translation>&amp;Importar… (en el servidor: raycstr-server import)</translation>
    </message>
    <message>
        <source>Bring history from another tool</source>
        <translation>Traer el historial de otra herramienta</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::MemorySecretStore</name>
    <message>
        <source>this session only (no keychain available)</source>
        <translation>solo esta sesión (no hay llavero disponible)</translation>
    </message>
    <message>
        <source>No key stored for this session.</source>
        <translation>No hay ninguna clave guardada para esta sesión.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::PeriodPicker</name>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Periodo personalizado…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format (QDate::toString): day, month, year</comment>
        <translation>d MMM yyyy</translation>
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
        <translation>Conectarse a un servidor RayCstr</translation>
    </message>
    <message>
        <source>Server &amp;URL</source>
        <translation>&amp;URL del servidor</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Clave de API</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>The key is kept in your system keychain.</source>
        <translation>La clave se guarda en el llavero de tu sistema.</translation>
    </message>
    <message>
        <source>No keychain is available on this system: the key is kept for this session only and asked for again next time. It is never written to disk.</source>
        <translation>No hay ningún llavero disponible en este sistema: la clave solo se guarda durante esta sesión y se volverá a pedir la próxima vez. Nunca se escribe en el disco.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Show the statistics of a headless raycstr-server, e.g. on your VPS. Create a key there with &apos;raycstr-server token create&apos;: the app then offers every site the key may read.</source>
        <translation>Mostrar las estadísticas de un raycstr-server sin interfaz, p. ej. en su VPS. Cree allí una clave con «raycstr-server token create»: la aplicación ofrece entonces cada sitio que la clave puede leer.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::RemoteDataSource</name>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>The server answered %1: %2</source>
        <translation>El servidor respondió %1: %2</translation>
    </message>
    <message>
        <source>Not available from a remote server.</source>
        <translation>No disponible desde un servidor remoto.</translation>
    </message>
    <message>
        <source>The server refused the key (HTTP 401): check it, or create one with &apos;raycstr-server token create&apos;.</source>
        <translation>El servidor rechazó la clave (HTTP 401): compruébela o cree una con &apos;raycstr-server token create&apos;.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>No se puede conectar con el servidor: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server address such as https://stats.example.com</source>
        <translation>«%1» no es una dirección de servidor como https://stats.example.com</translation>
    </message>
    <message>
        <source>The key may not read %1.</source>
        <translation>La clave no puede leer %1.</translation>
    </message>
    <message>
        <source>The server has no site %1 (or it is not a RayCstr server).</source>
        <translation>El servidor no tiene el sitio %1 (o no es un servidor RayCstr).</translation>
    </message>
    <message>
        <source>Alert rules need an admin key on the server; this key may only read statistics.</source>
        <translation>Las alertas necesitan una clave de administración del servidor; esta clave solo puede leer estadísticas.</translation>
    </message>
    <message>
        <source>This alert is in the server&apos;s config file: test it there with &apos;raycstr-server alert test&apos;.</source>
        <translation>Esta alerta está en el archivo de configuración del servidor: pruébela allí con «raycstr-server alert test».</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <source>The server&apos;s e-mail reports need an admin key on the server; this key may only read statistics.</source>
        <translation>Los informes por correo del servidor necesitan una clave de administración del servidor; esta clave solo puede leer estadísticas.</translation>
    </message>
    <message>
        <source>The server did not say it was sent.</source>
        <translation>El servidor no confirmó el envío.</translation>
    </message>
    <message>
        <source>The key may read no site on this server.</source>
        <translation>La clave no puede leer ningún sitio de este servidor.</translation>
    </message>
    <message>
        <source>Imports run on the server: &apos;raycstr-server import --from SOURCE --site DOMAIN FILE…&apos; (with the server stopped).</source>
        <translation>Las importaciones se hacen en el servidor: «raycstr-server import --from SOURCE --site DOMAIN FILE…» (con el servidor detenido).</translation>
    </message>
    <message>
        <source>Changing a site&apos;s time zone needs an admin key on the server; this key may only read statistics.</source>
        <translation>Cambiar la zona horaria de un sitio requiere una clave de administración del servidor; esta clave solo puede leer estadísticas.</translation>
    </message>
    <message>
        <source>The server does not list its sites (a version before /api/sites, or not a RayCstr server): name the sites to show.</source>
        <translation>El servidor no lista sus sitios (una versión anterior a /api/sites, o no es un servidor RayCstr): nombre los sitios que mostrar.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::ReportsAlertsView</name>
    <message>
        <source>Add alert…</source>
        <translation>Añadir alerta…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Send a test</source>
        <translation>Enviar una prueba</translation>
    </message>
    <message>
        <source>Send this site&apos;s report by e-mail</source>
        <translation>Enviar el informe de este sitio por correo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Send the selected alert&apos;s test message now, by e-mail and webhook</source>
        <translation>Enviar ahora el mensaje de prueba de la alerta elegida, por correo y webhook</translation>
    </message>
    <message>
        <source>E-mail report</source>
        <translation>Informe por correo</translation>
    </message>
    <message>
        <source>Weekly (Mondays)</source>
        <translation>Semanal (los lunes)</translation>
    </message>
    <message>
        <source>Monthly (on the 1st)</source>
        <translation>Mensual (el día 1)</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Frecuencia</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <source>The hour in the site&apos;s time zone</source>
        <translation>La hora en la zona horaria del sitio</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;A las</translation>
    </message>
    <message>
        <source>you@example.com, team@example.com</source>
        <translation>tu@example.com, equipo@example.com</translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation>&amp;Destinatarios</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Send the last complete week&apos;s (or month&apos;s) report to the recipients now</source>
        <translation>Enviar ahora a los destinatarios el informe de la última semana (o mes) completa</translation>
    </message>
    <message>
        <source>Mail server (SMTP)</source>
        <translation>Servidor de correo (SMTP)</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (puerto 587)</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>TLS desde el inicio (puerto 465)</translation>
    </message>
    <message>
        <source>None (a relay on this machine only)</source>
        <translation>Ninguna (solo un relé en esta máquina)</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Seguridad</translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation>vacío: sin inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>RayCstr &lt;stats@example.com&gt;</source>
        <translation>RayCstr &lt;stats@example.com&gt;</translation>
    </message>
    <message>
        <source>&amp;Sender</source>
        <translation>&amp;Remitente</translation>
    </message>
    <message>
        <source>optional: a private mail server&apos;s CA (PEM)</source>
        <translation>opcional: la CA de un servidor de correo privado (PEM)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>&amp;CA certificate</source>
        <translation>&amp;Certificado de CA</translation>
    </message>
    <message>
        <source>The password is kept in %1, never in RayCstr&apos;s settings.</source>
        <translation>La contraseña se guarda en %1, nunca en los ajustes de RayCstr.</translation>
    </message>
    <message>
        <source>No keychain: the password is kept for this session only.</source>
        <translation>Sin llavero: la contraseña se guarda solo durante esta sesión.</translation>
    </message>
    <message>
        <source>Save the report and mail settings; the collector restarts with them</source>
        <translation>Guardar los ajustes del informe y del correo; el recolector se reinicia con ellos</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>Certificados PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>No site.</source>
        <translation>Ningún sitio.</translation>
    </message>
    <message>
        <source>Could not load the alerts: %1</source>
        <translation>No se pudieron cargar las alertas: %1</translation>
    </message>
    <message>
        <source>No alerts for %1 yet: add one to hear of a traffic spike, a silent tracker or a conversion.</source>
        <translation>Aún no hay alertas para %1: añade una para saber de un pico de tráfico, un rastreador mudo o una conversión.</translation>
    </message>
    <message>
        <source>Remove alert</source>
        <translation>Eliminar alerta</translation>
    </message>
    <message>
        <source>Remove the alert “%1”?</source>
        <translation>¿Eliminar la alerta «%1»?</translation>
    </message>
    <message>
        <source>The test was not sent: %1</source>
        <translation>La prueba no se envió: %1</translation>
    </message>
    <message>
        <source>Select the alert to test.</source>
        <translation>Elige la alerta que quieres probar.</translation>
    </message>
    <message>
        <source>Sending a test of the alert…</source>
        <translation>Enviando una prueba de la alerta…</translation>
    </message>
    <message>
        <source>Test alert sent to %1.</source>
        <translation>Alerta de prueba enviada a %1.</translation>
    </message>
    <message>
        <source>Sending a test report…</source>
        <translation>Enviando un informe de prueba…</translation>
    </message>
    <message>
        <source>Test report sent to %1.</source>
        <translation>Informe de prueba enviado a %1.</translation>
    </message>
    <message>
        <source>Report and mail settings saved.</source>
        <translation>Ajustes del informe y del correo guardados.</translation>
    </message>
    <message>
        <source>Connected to a server: its alerts change through its alerts API, and its e-mail reports and mail server are read from its config file (reports:, smtp:) and shown here read-only: change them on the server. Send a test goes through the server with its mail settings; the recipients, period and language here are for the test only. All of this needs an admin key.</source>
        <translation>Conectado a un servidor: sus alertas se cambian mediante su API de alertas, y sus informes por correo y su servidor de correo se leen de su archivo de configuración (reports:, smtp:) y se muestran aquí solo para lectura: cámbielos en el servidor. «Enviar una prueba» pasa por el servidor con sus ajustes de correo; los destinatarios, el periodo y el idioma de aquí son solo para la prueba. Todo esto necesita una clave de administración.</translation>
    </message>
    <message>
        <source>Could not read the server&apos;s report settings: %1</source>
        <translation>No se pudieron leer los ajustes de informes del servidor: %1</translation>
    </message>
    <message>
        <source>set on the server</source>
        <translation>definida en el servidor</translation>
    </message>
    <message>
        <source>none on the server</source>
        <translation>ninguna en el servidor</translation>
    </message>
    <message>
        <source>The server has no mail server (smtp:) in its config file.</source>
        <translation>El servidor no tiene servidor de correo (smtp:) en su archivo de configuración.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::SettingsView</name>
    <message>
        <source>Add site</source>
        <translation>Añadir sitio</translation>
    </message>
    <message>
        <source>Embedded collector</source>
        <translation>Recolector integrado</translation>
    </message>
    <message>
        <source>Where the collector takes events: 127.0.0.1:8080 for this machine only, :8080 for every network interface.</source>
        <translation>Dónde recibe eventos el recolector: 127.0.0.1:8080 solo para este equipo, :8080 para todas las interfaces de red.</translation>
    </message>
    <message>
        <source>Listen &amp;address</source>
        <translation>Dirección de &amp;escucha</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>&amp;Data folder</source>
        <translation>Carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>none found: countries unknown</source>
        <translation>no se encontró ninguna: países desconocidos</translation>
    </message>
    <message>
        <source>&amp;GeoIP database</source>
        <translation>Base de datos &amp;GeoIP</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <comment>after the number of days</comment>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
    <message>
        <source>Raw events older than this are deleted; the daily rollups behind the dashboard are kept.</source>
        <translation>Los eventos en bruto más antiguos se eliminan; los resúmenes diarios del panel se conservan.</translation>
    </message>
    <message>
        <source>&amp;Keep raw events for</source>
        <translation>&amp;Mantener los eventos en bruto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Show the statistics of a headless raycstr-server (e.g. on your VPS)</source>
        <translation>Mostrar las estadísticas de un raycstr-server sin interfaz (p. ej. en tu VPS)</translation>
    </message>
    <message>
        <source>Apply and restart collector</source>
        <translation>Aplicar y reiniciar el recolector</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <source>yoursite.com</source>
        <translation>tusitio.es</translation>
    </message>
    <message>
        <source>New site domain</source>
        <translation>Dominio del nuevo sitio</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>Keys let scripts and other RayCstr apps read your statistics over the stats API. A key is shown once, when it is created.</source>
        <translation>Las claves permiten que scripts y otras aplicaciones de RayCstr lean tus estadísticas mediante la API. Una clave se muestra una sola vez, al crearla.</translation>
    </message>
    <message>
        <source>Label, e.g. &quot;laptop&quot;</source>
        <translation>Etiqueta, p. ej. «portátil»</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Crear clave</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Takes effect when RayCstr is restarted.</source>
        <translation>Se aplica al reiniciar RayCstr.</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Connected to a remote server: manage its sites and keys on the server with &apos;raycstr-server site&apos; and &apos;raycstr-server token&apos;.</source>
        <translation>Conectado a un servidor remoto: gestiona sus sitios y claves en el servidor con &apos;raycstr-server site&apos; y &apos;raycstr-server token&apos;.</translation>
    </message>
    <message>
        <source>Use this computer&apos;s collector instead</source>
        <translation>Usar el recolector de este ordenador en su lugar</translation>
    </message>
    <message>
        <source>The new language is used when RayCstr is restarted.</source>
        <translation>El nuevo idioma se usará al reiniciar RayCstr.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>GeoIP database</source>
        <translation>Base de datos GeoIP</translation>
    </message>
    <message>
        <source>MaxMind databases (*.mmdb)</source>
        <translation>Bases de datos MaxMind (*.mmdb)</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>Quitar el sitio</translation>
    </message>
    <message>
        <source>Stop tracking %1 and delete all its data?</source>
        <translation>¿Dejar de medir %1 y borrar todos sus datos?</translation>
    </message>
    <message>
        <source>New key (copy it now, it is not shown again): &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Nueva clave (cópiala ahora, no se volverá a mostrar): &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Dirección de escucha</translation>
    </message>
    <message>
        <source>The collector moved from %1 to %2: update the snippet on your sites.</source>
        <translation>El recolector se ha trasladado de %1 a %2: actualiza el fragmento en tus sitios.</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Conectarse a un servidor…</translation>
    </message>
    <message>
        <source>No statistics are shown: use this computer&apos;s collector, or connect to a server.</source>
        <translation>No se muestra ninguna estadística: usa el recolector de este ordenador o conéctate a un servidor.</translation>
    </message>
    <message>
        <source>Change time zone</source>
        <translation>Cambiar la zona horaria</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation>S&amp;itio</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>Where the site&apos;s days start in every report, from now on: days already counted keep their totals.</source>
        <translation>Dónde empiezan los días del sitio en cada informe, desde ahora: los días ya contados conservan sus totales.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::SitesModel</name>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::TableExport</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export every row of this table as a CSV file</source>
        <translation>Exportar todas las filas de esta tabla a un archivo CSV</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reading the rows…</source>
        <translation>Leyendo las filas…</translation>
    </message>
    <message>
        <source>The data source changed during the export.</source>
        <translation>La fuente de datos cambió durante la exportación.</translation>
    </message>
    <message>
        <source>Reading the goals…</source>
        <translation>Leyendo los objetivos…</translation>
    </message>
    <message>
        <source>Reading the Web Vitals…</source>
        <translation>Leyendo las Web Vitals…</translation>
    </message>
    <message>
        <source>Reading the funnel…</source>
        <translation>Leyendo el embudo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n fila exportada a %1.</numerusform>
            <numerusform>%n filas exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Exporting the dashboard to %1…</source>
        <translation>Exportando el panel a %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row in %1 files to %2.</source>
        <translation>
            <numerusform>%n fila exportada en %1 archivos a %2.</numerusform>
            <numerusform>%n filas exportadas en %1 archivos a %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows in %1 files to %2.</source>
        <translation>
            <numerusform>%n fila exportada en %1 archivos a %2.</numerusform>
            <numerusform>%n filas exportadas en %1 archivos a %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>raycstr::ui::TimeZoneBox</name>
    <message>
        <source>Search a city or region, e.g. Berlin</source>
        <translation>Busque una ciudad o región, p. ej. Madrid</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::TimeseriesChart</name>
    <message>
        <source>d MMM</source>
        <comment>date format of the chart&apos;s axis: day, short month</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>%1, %2:00</source>
        <translation>%1, %2:00</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format: weekday, day, short month</comment>
        <translation>ddd, d MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format: weekday, day, short month, year</comment>
        <translation>ddd, d MMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format: month, year</comment>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>date format of the chart&apos;s axis: short month, year</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <comment>a bucket still running</comment>
        <translation>%1 (hasta ahora)</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Mismo periodo del año pasado</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
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
        <translation>Año anterior</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>, %1 pts</source>
        <comment>change of a rate in percentage points</comment>
        <translation>, %1 pp</translation>
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
        <translation>Todas las páginas</translation>
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
P75 %2, P95 %3 (%n muestra)</numerusform>
            <numerusform>%1
P75 %2, P95 %3 (%n muestras)</numerusform>
        </translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
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
        <translation>No hay Web Vitals en este periodo</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bueno</translation>
    </message>
    <message>
        <source>needs improvement</source>
        <translation>mejorable</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>deficiente</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>No se pudo cargar: %1</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::WorldMap</name>
    <message>
        <source>World map of visitors</source>
        <translation>Mapa mundial de visitantes</translation>
    </message>
    <message>
        <source>%1: %2 visitor</source>
        <translation>%1: %2 visitante</translation>
    </message>
    <message>
        <source>%1: %2 visitors</source>
        <translation>%1: %2 visitantes</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::WorldMapPanel</name>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Visitors of unknown country: %1</source>
        <translation>Visitantes de país desconocido: %1</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::format</name>
    <message>
        <source>%1M</source>
        <comment>millions, abbreviated</comment>
        <translation>%1&#xa0;M</translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands, abbreviated</comment>
        <translation>%1&#xa0;mil</translation>
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
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>Mobile</source>
        <comment>device type</comment>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Tablet</source>
        <comment>device type</comment>
        <translation>Tableta</translation>
    </message>
    <message>
        <source>Direct / None</source>
        <translation>Directo / Ninguna</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Entry page</source>
        <translation>Página de entrada</translation>
    </message>
    <message>
        <source>Exit page</source>
        <translation>Página de salida</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>Fuente UTM</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>Medio UTM</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>Campaña UTM</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navegador</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nombre de host</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
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
