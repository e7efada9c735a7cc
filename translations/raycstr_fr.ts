<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>RayCstr: privacy-first web analytics on your desktop.</source>
        <translation>RayCstr&#xa0;: l’analyse web respectueuse de la vie privée, sur votre ordinateur.</translation>
    </message>
    <message>
        <source>Use this settings file.</source>
        <translation>Utiliser ce fichier de paramètres.</translation>
    </message>
    <message>
        <source>Use this language (de, fr, es or en) instead of the Language setting.</source>
        <translation>Utiliser cette langue (de, fr, es ou en) au lieu du réglage Langue.</translation>
    </message>
    <message>
        <source>Render every main screen to PNG files in DIR.</source>
        <translation>Enregistrer chaque écran principal en PNG dans DIR.</translation>
    </message>
    <message>
        <source>Data folder (with --render-screens).</source>
        <translation>Dossier de données (avec --render-screens).</translation>
    </message>
    <message>
        <source>Render with a dark palette.</source>
        <translation>Utiliser une palette sombre.</translation>
    </message>
    <message>
        <source>--render-screens needs --data DIR</source>
        <translation>--render-screens nécessite --data DIR</translation>
    </message>
    <message>
        <source>no keychain (%1): API keys are kept for this session only</source>
        <translation>pas de trousseau (%1)&#xa0;: les clés d’API ne sont conservées que pour cette session</translation>
    </message>
    <message>
        <source>Window size to render at (default 1280x800).</source>
        <translation>Taille de la fenêtre pour le rendu (par défaut 1280x800).</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT in pixels, such as 960x640</source>
        <translation>--size attend LARGEURxHAUTEUR en pixels, par exemple 960x640</translation>
    </message>
</context>
<context>
    <name>raycstr::AccessLogReader</name>
    <message>
        <source>not a time: &apos;%1&apos;</source>
        <translation>pas une heure : &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not an HTTP status: &apos;%1&apos;</source>
        <translation>pas un statut HTTP : &apos;%1&apos;</translation>
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
        <translation>  alert add --site DOMAINE --type spike|drop|goal (--email ADRESSE | --webhook URL)
                        Alerte sur un pic de trafic (--visitors N), une chute (--hours N
                        sans page vue) ou les conversions d&apos;un objectif (--goal NOM).
  alert list | alert remove ID | alert test ID
</translation>
    </message>
    <message>
        <source>add, list, remove or test</source>
        <translation>add, list, remove ou test</translation>
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
        <translation>Alertes par e-mail (les réglages smtp: de la configuration) ou webhook (Slack, Mattermost, l&apos;URL /slack de Discord, ou texte brut pour ntfy) :

  add --site DOMAINE --type spike --visitors N   les visiteurs actuels atteignent N
  add --site DOMAINE --type drop --hours N       aucune page vue pendant N heures
  add --site DOMAINE --type goal --goal NOM [--digest]
                                  chaque conversion (ou un résumé quotidien)
  list [--site DOMAINE] [--json]  les règles (celles du fichier de configuration marquées config)
  remove ID                       supprimer une règle
  test ID                         envoyer maintenant un message de test à ses canaux</translation>
    </message>
    <message>
        <source>The rule&apos;s ID (remove, test)</source>
        <translation>L&apos;ID de la règle (remove, test)</translation>
    </message>
    <message>
        <source>The site (its domain).</source>
        <translation>Le site (son domaine).</translation>
    </message>
    <message>
        <source>spike, drop or goal.</source>
        <translation>spike, drop ou goal.</translation>
    </message>
    <message>
        <source>spike: current visitors that fire it.</source>
        <translation>spike : visiteurs actuels qui la déclenchent.</translation>
    </message>
    <message>
        <source>drop: hours without a pageview that fire it.</source>
        <translation>drop : heures sans page vue qui la déclenchent.</translation>
    </message>
    <message>
        <source>goal: the goal&apos;s name.</source>
        <translation>goal : le nom de l&apos;objectif.</translation>
    </message>
    <message>
        <source>Minutes without a second message (default 60).</source>
        <translation>Minutes sans second message (60 par défaut).</translation>
    </message>
    <message>
        <source>A recipient; repeatable.</source>
        <translation>Un destinataire ; répétable.</translation>
    </message>
    <message>
        <source>A webhook URL to POST to.</source>
        <translation>Une URL de webhook où envoyer (POST).</translation>
    </message>
    <message>
        <source>slack (default: {&quot;text&quot;: …}) or text (plain).</source>
        <translation>slack (par défaut : {&quot;text&quot;: …}) ou text (texte brut).</translation>
    </message>
    <message>
        <source>goal: one message a day, not one each.</source>
        <translation>goal : un message par jour, pas un par conversion.</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Afficher la liste en JSON.</translation>
    </message>
    <message>
        <source>alert %1: expected one alert ID</source>
        <translation>alert %1 : un ID d&apos;alerte attendu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an alert ID (see &apos;alert list&apos;)</source>
        <translation>&apos;%1&apos; n&apos;est pas un ID d&apos;alerte (voir &apos;alert list&apos;)</translation>
    </message>
    <message>
        <source>alert add needs --site DOMAIN and --type spike|drop|goal</source>
        <translation>alert add demande --site DOMAINE et --type spike|drop|goal</translation>
    </message>
    <message>
        <source>--type takes spike, drop or goal, not &apos;%1&apos;</source>
        <translation>--type accepte spike, drop ou goal, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--webhook-format takes slack or text</source>
        <translation>--webhook-format accepte slack ou text</translation>
    </message>
    <message>
        <source>Note: no smtp: section in the config yet; e-mail alerts wait for one.</source>
        <translation>Remarque : pas encore de section smtp: dans la configuration ; les alertes par e-mail l&apos;attendent.</translation>
    </message>
    <message>
        <source>Added alert %1: %2.</source>
        <translation>Alerte %1 ajoutée : %2.</translation>
    </message>
    <message>
        <source>No alerts. Add one with &apos;alert add&apos;.</source>
        <translation>Aucune alerte. Ajoutez-en une avec &apos;alert add&apos;.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RÈGLE</translation>
    </message>
    <message>
        <source>COOL-DOWN</source>
        <translation>DÉLAI</translation>
    </message>
    <message>
        <source>SENDS TO</source>
        <translation>ENVOIE À</translation>
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
        <translation>pas d&apos;alerte %1 (voir &apos;alert list&apos;)</translation>
    </message>
    <message>
        <source>Removed alert %1: %2.</source>
        <translation>Alerte %1 supprimée : %2.</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>non envoyé : %1</translation>
    </message>
    <message>
        <source>the test message reached no channel</source>
        <translation>le message de test n&apos;a atteint aucun canal</translation>
    </message>
    <message>
        <source>Sent a test of alert %1 (%2).</source>
        <translation>Test de l&apos;alerte %1 envoyé (%2).</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, not &apos;%2&apos;</source>
        <translation>--%1 attend un nombre entier, pas &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>raycstr::AlertRule</name>
    <message>
        <source>an alert needs a site</source>
        <translation>une alerte a besoin d&apos;un site</translation>
    </message>
    <message>
        <source>a spike alert needs visitors between 1 and 10000000</source>
        <translation>une alerte spike demande visitors entre 1 et 10000000</translation>
    </message>
    <message>
        <source>a drop alert needs hours between 1 and 720</source>
        <translation>une alerte drop demande hours entre 1 et 720</translation>
    </message>
    <message>
        <source>a goal alert needs the goal&apos;s name</source>
        <translation>une alerte goal demande le nom de l&apos;objectif</translation>
    </message>
    <message>
        <source>cooldown_minutes must be between 1 and %1</source>
        <translation>cooldown_minutes doit être entre 1 et %1</translation>
    </message>
    <message>
        <source>an alert needs an e-mail address or a webhook to send to</source>
        <translation>une alerte a besoin d&apos;une adresse e-mail ou d&apos;un webhook où envoyer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>the webhook must be an http:// or https:// URL</source>
        <translation>le webhook doit être une URL http:// ou https://</translation>
    </message>
    <message>
        <source>alerts must be a list of {site, type, …}</source>
        <translation>alerts doit être une liste de {site, type, …}</translation>
    </message>
    <message>
        <source>each alert must be a mapping: site, type, visitors, hours, goal, digest, cooldown_minutes, email, webhook, webhook_format</source>
        <translation>chaque alerte doit être une table : site, type, visitors, hours, goal, digest, cooldown_minutes, email, webhook, webhook_format</translation>
    </message>
    <message>
        <source>type must be spike, drop or goal</source>
        <translation>type doit être spike, drop ou goal</translation>
    </message>
    <message>
        <source>webhook_format must be slack or text</source>
        <translation>webhook_format doit être slack ou text</translation>
    </message>
    <message>
        <source>unknown setting &apos;alerts.%1&apos;</source>
        <translation>réglage inconnu « alerts.%1 »</translation>
    </message>
    <message>
        <source>an alert needs a type: spike, drop or goal</source>
        <translation>une alerte a besoin d&apos;un type : spike, drop ou goal</translation>
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
        <translation>  token create          Créer une clé d’API pour l’API de statistiques (affichée une fois).
  token list            Lister les clés d’API (jamais leurs secrets).
  token revoke ID       Révoquer une clé d’API&#xa0;; elle cesse aussitôt de fonctionner.
  user set-password     Définir le mot de passe administrateur (lu sur l’entrée standard).
  share create DOMAIN   Créer un lien public en lecture seule vers les statistiques d’un site.
  share list            Lister les liens de partage.
  share revoke ID       Révoquer un lien de partage.
</translation>
    </message>
    <message>
        <source>Manage API keys for the stats API (&quot;Authorization: Bearer &lt;key&gt;&quot;).

  create [--site DOMAIN] [--admin] [--label TEXT]   make a key; it is shown once
  list [--json] [--sessions]                        list keys (no secrets)
  revoke ID                                         revoke a key at once</source>
        <translation>Gérer les clés d’API de l’API de statistiques («&#xa0;Authorization: Bearer &lt;clé&gt;&#xa0;»).

  create [--site DOMAIN] [--admin] [--label TEXT]   créer une clé&#xa0;; elle n’est affichée qu’une fois
  list [--json] [--sessions]                        lister les clés (sans leurs secrets)
  revoke ID                                         révoquer une clé immédiatement</translation>
    </message>
    <message>
        <source>create, list or revoke</source>
        <translation>create, list ou revoke</translation>
    </message>
    <message>
        <source>The key&apos;s id (revoke).</source>
        <translation>L’identifiant de la clé (revoke).</translation>
    </message>
    <message>
        <source>Limit the key to one site (default: every site).</source>
        <translation>Limiter la clé à un site (par défaut&#xa0;: tous les sites).</translation>
    </message>
    <message>
        <source>Allow admin routes too (default: read-only).</source>
        <translation>Autoriser aussi les routes d’administration (par défaut&#xa0;: lecture seule).</translation>
    </message>
    <message>
        <source>A note to recognise the key by in &apos;token list&apos;.</source>
        <translation>Une note pour reconnaître la clé dans &apos;token list&apos;.</translation>
    </message>
    <message>
        <source>List open dashboard login sessions too.</source>
        <translation>Lister aussi les sessions ouvertes du tableau de bord.</translation>
    </message>
    <message>
        <source>token revoke: expected one key ID (a number, see &apos;token list&apos;)</source>
        <translation>token revoke&#xa0;: un identifiant de clé attendu (un nombre, voir &apos;token list&apos;)</translation>
    </message>
    <message>
        <source>no site %1 (see &apos;site list&apos;)</source>
        <translation>aucun site %1 (voir &apos;site list&apos;)</translation>
    </message>
    <message>
        <source>Created API key %1 (%2, %3).
</source>
        <translation>Clé d’API %1 créée (%2, %3).
</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administration</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>tous les sites</translation>
    </message>
    <message>
        <source>Copy it now: it is shown only this once and cannot be recovered.
</source>
        <translation>Copiez ce secret maintenant&#xa0;: il n’est affiché que cette fois et ne peut pas être récupéré.
</translation>
    </message>
    <message>
        <source>Send it as: Authorization: Bearer &lt;key&gt;
</source>
        <translation>Envoyez-la ainsi&#xa0;: Authorization: Bearer &lt;clé&gt;
</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>site %1</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>No API keys. Create one with &apos;%1 token create&apos;.
</source>
        <translation>Aucune clé d’API. Créez-en une avec &apos;%1 token create&apos;.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LIBELLÉ</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>PORTÉE</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉATION</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>DERNIÈRE UTILISATION</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>révocation %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expiration %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>Revoked API key %1.
</source>
        <translation>Clé d’API %1 révoquée.
</translation>
    </message>
    <message>
        <source>Manage the dashboard&apos;s admin account.

  set-password   set the admin password (at least 10 characters). On a terminal it is
                 asked for twice without echo; otherwise the first line of standard
                 input is the password, e.g.:
                 printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | raycstr-server user set-password
Setting it signs out every dashboard session.</source>
        <translation>Gérer le compte administrateur du tableau de bord.

  set-password   définir le mot de passe administrateur (10 caractères au moins). Dans un
                 terminal, il est demandé deux fois sans écho&#xa0;; sinon, la première ligne
                 de l’entrée standard est le mot de passe, par exemple&#xa0;:
                 printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | raycstr-server user set-password
Le définir déconnecte toutes les sessions du tableau de bord.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input without prompting, even on a terminal.</source>
        <translation>Lire le mot de passe sur la première ligne de l’entrée standard sans le demander, même dans un terminal.</translation>
    </message>
    <message>
        <source>user set-password takes no arguments: the password is read from standard input, never from the command line</source>
        <translation>user set-password ne prend pas d’argument&#xa0;: le mot de passe est lu sur l’entrée standard, jamais sur la ligne de commande</translation>
    </message>
    <message>
        <source>Admin password set.</source>
        <translation>Mot de passe administrateur défini.</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>aucun mot de passe sur l’entrée standard</translation>
    </message>
    <message>
        <source>New admin password: </source>
        <translation>Nouveau mot de passe administrateur&#xa0;: </translation>
    </message>
    <message>
        <source>no password entered</source>
        <translation>aucun mot de passe saisi</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Confirmez-le&#xa0;: </translation>
    </message>
    <message>
        <source>the passwords do not match; nothing changed</source>
        <translation>les mots de passe ne correspondent pas&#xa0;; rien n’a changé</translation>
    </message>
    <message>
        <source>Manage share links: read-only access to one site&apos;s stats for anyone with the link.

  create DOMAIN [--label TEXT]   make a link; its secret is shown once
  list [DOMAIN] [--json]         list links (no secrets)
  revoke ID                      revoke a link at once</source>
        <translation>Gérer les liens de partage&#xa0;: accès en lecture seule aux statistiques d’un site pour quiconque a le lien.

  create DOMAIN [--label TEXT]   créer un lien&#xa0;; son secret n’est affiché qu’une fois
  list [DOMAIN] [--json]         lister les liens (sans leurs secrets)
  revoke ID                      révoquer un lien immédiatement</translation>
    </message>
    <message>
        <source>DOMAIN (create, list) or ID (revoke).</source>
        <translation>DOMAIN (create, list) ou ID (revoke).</translation>
    </message>
    <message>
        <source>A note to recognise the link by in &apos;share list&apos;.</source>
        <translation>Une note pour reconnaître le lien dans &apos;share list&apos;.</translation>
    </message>
    <message>
        <source>share create: expected exactly one DOMAIN</source>
        <translation>share create&#xa0;: exactement un DOMAIN attendu</translation>
    </message>
    <message>
        <source>share list: expected at most one DOMAIN</source>
        <translation>share list&#xa0;: au plus un DOMAIN attendu</translation>
    </message>
    <message>
        <source>share revoke: expected one link ID (a number, see &apos;share list&apos;)</source>
        <translation>share revoke&#xa0;: un identifiant de lien attendu (un nombre, voir &apos;share list&apos;)</translation>
    </message>
    <message>
        <source>Created share link %1 for %2: anyone with it can read this site&apos;s stats (read-only).
</source>
        <translation>Lien de partage %1 créé pour %2&#xa0;: quiconque le possède peut lire les statistiques de ce site (lecture seule).
</translation>
    </message>
    <message>
        <source>  secret:  </source>
        <translation>  secret&#xa0;:       </translation>
    </message>
    <message>
        <source>  stats:   </source>
        <translation>  statistiques&#xa0;: </translation>
    </message>
    <message>
        <source>Any stats request for this site takes it as ?auth=&lt;secret&gt; (prefix the path with your RayCstr address).
</source>
        <translation>Toute requête de statistiques pour ce site l’accepte sous la forme&#xa0;?auth=&lt;secret&gt; (préfixez le chemin par l’adresse de votre RayCstr).
</translation>
    </message>
    <message>
        <source>No share links. Create one with &apos;%1 share create DOMAIN&apos;.
</source>
        <translation>Aucun lien de partage. Créez-en un avec &apos;%1 share create DOMAIN&apos;.
</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <source>Revoked share link %1.
</source>
        <translation>Lien de partage %1 révoqué.
</translation>
    </message>
    <message>
        <source>No admin password is set. None is generated here: this output is not a terminal and may be a log, and a secret never goes to a log.
  Set the dashboard&apos;s password:  %1
  Or create an API key:          %2
</source>
        <translation>Aucun mot de passe administrateur n’est défini. Aucun n’est généré ici&#xa0;: cette sortie n’est pas un terminal et peut être un journal, et un secret ne va jamais dans un journal.
  Définir le mot de passe du tableau de bord&#xa0;:  %1
  Ou créer une clé d’API&#xa0;:                      %2
</translation>
    </message>
    <message>
        <source>Admin password (shown once): </source>
        <translation>Mot de passe administrateur (affiché une fois)&#xa0;: </translation>
    </message>
    <message>
        <source>  Sign in to the dashboard with it; change it with &apos;%1 user set-password&apos;.
</source>
        <translation>  Connectez-vous au tableau de bord avec lui&#xa0;; changez-le avec &apos;%1 user set-password&apos;.
</translation>
    </message>
    <message numerus="yes">
        <source>%n dashboard session(s) signed out.</source>
        <translation>
            <numerusform>%n session du tableau de bord déconnectée.</numerusform>
            <numerusform>%n sessions du tableau de bord déconnectées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the list (or the new key) as JSON.</source>
        <translation>Afficher la liste (ou la nouvelle clé) en JSON.</translation>
    </message>
    <message>
        <source>create: print only the key.</source>
        <translation>create : n’afficher que la clé.</translation>
    </message>
    <message>
        <source>Print the list (or the new link) as JSON.</source>
        <translation>Afficher la liste (ou le nouveau lien) en JSON.</translation>
    </message>
    <message>
        <source>create: print only the secret.</source>
        <translation>create : n’afficher que le secret.</translation>
    </message>
</context>
<context>
    <name>raycstr::BackupCli</name>
    <message>
        <source>  backup FILE           Copy the database while the server runs (no salts,
                        checked, mode 0600).
  restore FILE          Replace the database with a backup (server stopped).
</source>
        <translation>  backup FILE           Copier la base pendant que le serveur tourne (sans sels,
                        vérifiée, mode 0600).
  restore FILE          Remplacer la base par une sauvegarde (serveur arrêté).
</translation>
    </message>
    <message>
        <source>Copy the database to FILE while the server runs: one consistent snapshot, the salts left out, checked with integrity_check, readable by its owner only.</source>
        <translation>Copier la base dans FILE pendant que le serveur tourne : un instantané cohérent, sans les sels, vérifié par integrity_check, lisible par son seul propriétaire.</translation>
    </message>
    <message>
        <source>Where to write the backup.</source>
        <translation>Où écrire la sauvegarde.</translation>
    </message>
    <message>
        <source>backup takes one FILE</source>
        <translation>backup attend un seul FILE</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 MiB in %3 s; salts left out, integrity checked).</source>
        <translation>Sauvegarde écrite dans %1 (%2 Mio en %3 s ; sans les sels, intégrité vérifiée).</translation>
    </message>
    <message>
        <source>Replace the database with a backup. Stop the server first. The file is checked before anything changes; the current database is kept aside until the restored one has opened.</source>
        <translation>Remplacer la base par une sauvegarde. Arrêtez d’abord le serveur. Le fichier est vérifié avant tout changement ; la base actuelle est gardée de côté jusqu’à l’ouverture de la base restaurée.</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>La sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>restore takes one FILE</source>
        <translation>restore attend un seul FILE</translation>
    </message>
    <message>
        <source>Restored %1 into %2. Start the server; it makes a new salt, so today&apos;s returning visitors are counted once more.</source>
        <translation>%1 restauré dans %2. Démarrez le serveur ; il crée un nouveau sel, les visiteurs revenus aujourd’hui sont donc comptés une fois de plus.</translation>
    </message>
</context>
<context>
    <name>raycstr::BackupScheduler</name>
    <message>
        <source>cannot create the backup folder</source>
        <translation>impossible de créer le dossier de sauvegarde</translation>
    </message>
</context>
<context>
    <name>raycstr::ClickHouseSchema</name>
    <message>
        <source>the ClickHouse database %1 has schema version %2, newer than this RayCstr knows (%3): upgrade RayCstr</source>
        <translation>la base ClickHouse %1 a la version de schéma %2, plus récente que celle que connaît ce RayCstr (%3) : mettez RayCstr à jour</translation>
    </message>
    <message>
        <source>the ClickHouse server %1 has no cluster &quot;%2&quot; in its remote_servers</source>
        <translation>le serveur ClickHouse %1 n’a pas de cluster « %2 » dans ses remote_servers</translation>
    </message>
    <message>
        <source>the ClickHouse database %1 was written by an older RayCstr (schema version 1, %2 events) without the daily rollups this version reads, and they cannot be rebuilt from its events: copy the SQLite store into a new database with `raycstr-server migrate --to clickhouse://…/NEWDB`, or drop the database</source>
        <translation>la base ClickHouse %1 a été écrite par un RayCstr plus ancien (schéma version 1, %2 événements) sans les sommes quotidiennes que cette version lit, et elles ne peuvent pas être reconstruites à partir de ses événements : copiez le stockage SQLite dans une nouvelle base avec `raycstr-server migrate --to clickhouse://…/NOUVELLEBASE`, ou supprimez la base</translation>
    </message>
</context>
<context>
    <name>raycstr::CsvReader</name>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un champ entre guillemets n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>a &apos;&quot;&apos; in the middle of a field</source>
        <translation>un &apos;&quot;&apos; au milieu d&apos;un champ</translation>
    </message>
</context>
<context>
    <name>raycstr::DataDirLock</name>
    <message>
        <source>cannot create data directory %1</source>
        <translation>impossible de créer le dossier de données %1</translation>
    </message>
    <message>
        <source>the data directory %1 is in use by another RayCstr server (pid %2 on host %3, %4): stop it first, or give this one its own --data directory. If no such process runs any more on %3, delete %5</source>
        <translation>le répertoire de données %1 est utilisé par un autre serveur RayCstr (pid %2 sur l’hôte %3, %4) : arrêtez-le d’abord, ou donnez à celui-ci son propre répertoire --data. Si ce processus ne tourne plus sur %3, supprimez %5</translation>
    </message>
    <message>
        <source>cannot lock %1 (%2)</source>
        <translation>impossible de verrouiller %1 (%2)</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>held, holder unknown</source>
        <translation>occupé, détenteur inconnu</translation>
    </message>
</context>
<context>
    <name>raycstr::Database</name>
    <message>
        <source>the database is at schema version %1, newer than this RayCstr understands (%2); upgrade RayCstr</source>
        <translation>la base de données est à la version de schéma %1, plus récente que ce que ce RayCstr comprend (%2)&#xa0;; mettez RayCstr à jour</translation>
    </message>
    <message>
        <source>missing migration %1</source>
        <translation>migration %1 manquante</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>échec de la migration %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create data directory %1</source>
        <translation>impossible de créer le dossier de données %1</translation>
    </message>
    <message>
        <source>no RayCstr database in %1</source>
        <translation>aucune base de données RayCstr dans %1</translation>
    </message>
    <message>
        <source>database schema version %1, expected %2: start the server once to migrate it</source>
        <translation>version de schéma %1, %2 attendue&#xa0;: démarrez le serveur une fois pour la migrer</translation>
    </message>
    <message>
        <source>the database %1 is damaged (%2). Stop every RayCstr that uses it, then either restore your latest backup to %1, or move the damaged file aside to start with an empty database: rename %1 (and %1-wal, %1-shm if present) to %1.damaged</source>
        <translation>la base %1 est endommagée (%2). Arrêtez tout RayCstr qui l’utilise, puis restaurez votre dernière sauvegarde dans %1, ou mettez le fichier endommagé de côté pour repartir d’une base vide : renommez %1 (et %1-wal, %1-shm s’ils existent) en %1.damaged</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not RayCstr&apos;s: point --data at another directory, or move that file away</source>
        <translation>%1 est une base SQLite mais pas celle de RayCstr : indiquez un autre répertoire avec --data, ou déplacez ce fichier</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), and RayCstr did not create it so: a failed copy or restore leaves such a file. Restore your latest backup to %1; or, to start with an empty database, delete %1</source>
        <translation>%1 est vide (0 octet) et RayCstr ne l’a pas créé ainsi : une copie ou une restauration ratée laisse un tel fichier. Restaurez votre dernière sauvegarde dans %1 ; ou, pour repartir d’une base vide, supprimez %1</translation>
    </message>
</context>
<context>
    <name>raycstr::ExportCli</name>
    <message>
        <source>  export --site DOMAIN --out FILE.zip [--period 30d] [--filter F]
                        The reports as CSV files in Plausible&apos;s export layout.
</source>
        <translation>  export --site DOMAIN --out FILE.zip [--period 30d] [--filter F]
                        Les rapports en fichiers CSV au format d’export de Plausible.
</translation>
    </message>
    <message>
        <source>Write a site&apos;s reports as the CSV files of Plausible&apos;s export (imported_visitors, imported_sources, imported_pages, …), one row per day and value, into a zip archive. Runs while the server runs.</source>
        <translation>Écrire les rapports d’un site en fichiers CSV de l’export de Plausible (imported_visitors, imported_sources, imported_pages, …), une ligne par jour et par valeur, dans une archive zip. Fonctionne pendant que le serveur tourne.</translation>
    </message>
    <message>
        <source>The site (its domain).</source>
        <translation>Le site (son domaine).</translation>
    </message>
    <message>
        <source>The zip file to write.</source>
        <translation>Le fichier zip à écrire.</translation>
    </message>
    <message>
        <source>day, 7d, 30d (default), 90d, month, 12mo or custom (with --from and --to).</source>
        <translation>day, 7d, 30d (par défaut), 90d, month, 12mo ou custom (avec --from et --to).</translation>
    </message>
    <message>
        <source>The reference day (YYYY-MM-DD) for day, month and the last-N periods.</source>
        <translation>Le jour de référence (AAAA-MM-JJ) pour day, month et les périodes des N derniers jours.</translation>
    </message>
    <message>
        <source>First day of a custom period.</source>
        <translation>Premier jour d’une période personnalisée.</translation>
    </message>
    <message>
        <source>Last day of a custom period.</source>
        <translation>Dernier jour d’une période personnalisée.</translation>
    </message>
    <message>
        <source>A filter as the stats API takes it (page*=/blog/**); repeatable.</source>
        <translation>Un filtre comme l’API de statistiques le prend (page*=/blog/**) ; répétable.</translation>
    </message>
    <message>
        <source>Add the period&apos;s raw events as csv or ndjson (no IPs, no User-Agents, no visitor hashes: none are stored).</source>
        <translation>Ajouter les événements bruts de la période en csv ou ndjson (ni IP, ni User-Agent, ni empreinte de visiteur : rien de tout cela n’est stocké).</translation>
    </message>
    <message>
        <source>export needs --site DOMAIN and --out FILE.zip</source>
        <translation>export a besoin de --site DOMAIN et --out FILE.zip</translation>
    </message>
    <message>
        <source>--events takes csv or ndjson, not &apos;%1&apos;</source>
        <translation>--events prend csv ou ndjson, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no site %1 (see &apos;site list&apos;)</source>
        <translation>aucun site %1 (voir &apos;site list&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 exporté dans %2.</translation>
    </message>
</context>
<context>
    <name>raycstr::Ga4BigQueryReader</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <source>expected a JSON object (one row of an events_ table per line)</source>
        <translation>objet JSON attendu (une ligne d’une table events_ par ligne)</translation>
    </message>
    <message>
        <source>event_name: missing or not a string (is this GA4&apos;s BigQuery export, events_YYYYMMDD, as newline-delimited JSON?)</source>
        <translation>event_name : absent ou pas une chaîne (est-ce l’export BigQuery de GA4, events_YYYYMMDD, en JSON délimité par des retours à la ligne ?)</translation>
    </message>
    <message>
        <source>event_timestamp: expected microseconds since 1970 (a whole number)</source>
        <translation>event_timestamp : microsecondes depuis 1970 attendues (un nombre entier)</translation>
    </message>
    <message>
        <source>event_params: expected an array of {key, value}</source>
        <translation>event_params : tableau de {key, value} attendu</translation>
    </message>
    <message>
        <source>event_params[%1].key: missing or not a string</source>
        <translation>event_params[%1].key : absent ou pas une chaîne</translation>
    </message>
    <message>
        <source>no rows: expected GA4&apos;s BigQuery export (events_YYYYMMDD) as newline-delimited JSON</source>
        <translation>aucune ligne : l’export BigQuery de GA4 (events_YYYYMMDD) en JSON délimité par des retours à la ligne est attendu</translation>
    </message>
</context>
<context>
    <name>raycstr::Ga4ReportReader</name>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>no .json files in this folder</source>
        <translation>aucun fichier .json dans ce dossier</translation>
    </message>
    <message>
        <source>not a zip archive (%1)</source>
        <translation>pas une archive zip (%1)</translation>
    </message>
    <message>
        <source>no .json files in this zip</source>
        <translation>aucun fichier .json dans ce zip</translation>
    </message>
    <message>
        <source>no temporary folder: %1</source>
        <translation>pas de dossier temporaire : %1</translation>
    </message>
    <message>
        <source>this report has %1 rows (rowCount) but its files hold %2: a page is missing. Fetch every page (offset 0, limit, offset limit, …) or ask for a limit above rowCount.</source>
        <translation>ce rapport a %1 lignes (rowCount) mais ses fichiers en contiennent %2 : une page manque. Récupérez chaque page (offset 0, limit, offset limit, …) ou demandez un limit supérieur à rowCount.</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>larger than %1 MB: save the report in pages (limit and offset)</source>
        <translation>plus de %1 Mo : enregistrez le rapport par pages (limit et offset)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <source>no dimensionHeaders and metricHeaders: is this the JSON answer of GA4&apos;s runReport (Data API, Query Explorer)?</source>
        <translation>pas de dimensionHeaders ni de metricHeaders : est-ce la réponse JSON de runReport de GA4 (Data API, Query Explorer) ?</translation>
    </message>
    <message>
        <source>the report has no &apos;date&apos; dimension (it has: %1): RayCstr imports daily sums, so run the report with date as its first dimension</source>
        <translation>le rapport n’a pas de dimension &apos;date&apos; (il a : %1) : RayCstr importe des sommes journalières, lancez donc le rapport avec date comme première dimension</translation>
    </message>
    <message>
        <source>dimension &apos;%1&apos; is not one RayCstr imports (see README, &quot;Google Analytics 4&quot;, for the reports to run)</source>
        <translation>la dimension &apos;%1&apos; n’est pas importée par RayCstr (voir le README, « Google Analytics 4 », pour les rapports à lancer)</translation>
    </message>
    <message>
        <source>dimension &apos;%1&apos; is a second breakdown: run one report per breakdown (date plus pages, or sources, or countries, …)</source>
        <translation>la dimension &apos;%1&apos; est une seconde ventilation : lancez un rapport par ventilation (date plus pages, ou sources, ou pays, …)</translation>
    </message>
    <message>
        <source>a pages report needs pagePath (hostName alone is not a page)</source>
        <translation>un rapport de pages a besoin de pagePath (hostName seul n’est pas une page)</translation>
    </message>
    <message>
        <source>none of the metrics RayCstr imports is in the report (it has: %1; expected totalUsers, sessions, screenPageViews, bounces, userEngagementDuration or, by eventName, eventCount)</source>
        <translation>aucune des métriques importées par RayCstr n’est dans le rapport (il a : %1 ; attendu : totalUsers, sessions, screenPageViews, bounces, userEngagementDuration ou, par eventName, eventCount)</translation>
    </message>
    <message>
        <source>%1 rows, more than rowCount (%2)</source>
        <translation>%1 lignes, plus que rowCount (%2)</translation>
    </message>
    <message>
        <source>%1 values, but the header has %2 dimensions</source>
        <translation>%1 valeurs, mais l’en-tête a %2 dimensions</translation>
    </message>
    <message>
        <source>%1 values, but the header has %2 metrics</source>
        <translation>%1 valeurs, mais l’en-tête a %2 métriques</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <source>not a date (YYYYMMDD): &apos;%1&apos;</source>
        <translation>pas une date (YYYYMMDD) : &apos;%1&apos;</translation>
    </message>
    <message>
        <source>this row (%1) was in an earlier file or report already: the same page or date range twice would be counted twice</source>
        <translation>cette ligne (%1) figurait déjà dans un fichier ou un rapport précédent : la même page ou la même période deux fois serait comptée deux fois</translation>
    </message>
    <message>
        <source>expected a number ≥ 0 as a string for %1</source>
        <translation>nombre ≥ 0 sous forme de chaîne attendu pour %1</translation>
    </message>
</context>
<context>
    <name>raycstr::GoalCli</name>
    <message>
        <source>The site (its domain); may be left out when there is only one.</source>
        <translation>Le site (son domaine)&#xa0;; facultatif s’il n’y en a qu’un.</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>événement %1</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>  goal add --event NAME | --page PATTERN   Count conversions of a custom event or of
                        pageviews matching /blog/* (one segment) or /docs/** (any).
  goal list | goal remove ID|NAME
  funnel add --file FUNNEL.yaml   Save a funnel (the YAML form; see README).
  funnel list | show ID|NAME | remove ID|NAME
                        Goal and funnel commands take --site DOMAIN.
</source>
        <translation>  goal add --event NAME | --page PATTERN   Compter les conversions d’un événement personnalisé
                        ou des pages vues sur /blog/* (un segment) ou /docs/** (tout).
  goal list | goal remove ID|NAME
  funnel add --file FUNNEL.yaml   Enregistrer un entonnoir (au format YAML&#xa0;; voir README).
  funnel list | show ID|NAME | remove ID|NAME
                        Les commandes d’objectifs et d’entonnoirs prennent --site DOMAIN.
</translation>
    </message>
    <message>
        <source>no site %1 (see &apos;site list&apos;)</source>
        <translation>aucun site %1 (voir &apos;site list&apos;)</translation>
    </message>
    <message>
        <source>no sites yet: add one with &apos;site add DOMAIN&apos;</source>
        <translation>aucun site pour l’instant&#xa0;: ajoutez-en un avec &apos;site add DOMAIN&apos;</translation>
    </message>
    <message>
        <source>which site? give --site DOMAIN (there are %1)</source>
        <translation>quel site&#xa0;? Indiquez --site DOMAIN (il y en a %1)</translation>
    </message>
    <message>
        <source>Manage a site&apos;s goals: conversions of a custom event, or of pageviews whose path matches a pattern.

  add (--event NAME | --page PATTERN) [--name TEXT]   add a goal
  list [--json]                                       list goals
  remove ID|NAME                                      remove a goal</source>
        <translation>Gérer les objectifs d’un site&#xa0;: conversions d’un événement personnalisé, ou de pages vues dont le chemin correspond à un motif.

  add (--event NAME | --page PATTERN) [--name TEXT]   ajouter un objectif
  list [--json]                                       lister les objectifs
  remove ID|NAME                                      supprimer un objectif</translation>
    </message>
    <message>
        <source>add, list or remove</source>
        <translation>add, list ou remove</translation>
    </message>
    <message>
        <source>ID or name (remove)</source>
        <translation>ID ou nom (remove)</translation>
    </message>
    <message>
        <source>A custom event&apos;s name.</source>
        <translation>Le nom d’un événement personnalisé.</translation>
    </message>
    <message>
        <source>A path pattern: /pricing, /blog/* or /docs/**.</source>
        <translation>Un motif de chemin&#xa0;: /pricing, /blog/* ou /docs/**.</translation>
    </message>
    <message>
        <source>What reports call it (default: the event or pattern).</source>
        <translation>Son nom dans les rapports (par défaut&#xa0;: l’événement ou le motif).</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Afficher la liste en JSON.</translation>
    </message>
    <message>
        <source>goal remove: expected one goal ID or name</source>
        <translation>goal remove&#xa0;: un identifiant ou un nom d’objectif attendu</translation>
    </message>
    <message>
        <source>goal add: give --event NAME or --page PATTERN</source>
        <translation>goal add&#xa0;: indiquez --event NAME ou --page PATTERN</translation>
    </message>
    <message>
        <source>Added goal %1 &quot;%2&quot; (%3) to %4.
</source>
        <translation>Objectif %1 «&#xa0;%2&#xa0;» (%3) ajouté à %4.
</translation>
    </message>
    <message>
        <source>No goals on %1. Add one with &apos;%2 goal add --event NAME&apos; or &apos;--page /path&apos;.
</source>
        <translation>Aucun objectif sur %1. Ajoutez-en un avec &apos;%2 goal add --event NAME&apos; ou &apos;--page /path&apos;.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>COUNTS</source>
        <translation>COMPTE</translation>
    </message>
    <message>
        <source>no goal &apos;%1&apos; on %2 (see &apos;goal list&apos;)</source>
        <translation>aucun objectif &apos;%1&apos; sur %2 (voir &apos;goal list&apos;)</translation>
    </message>
    <message>
        <source>Removed goal %1 &quot;%2&quot;.
</source>
        <translation>Objectif %1 «&#xa0;%2&#xa0;» supprimé.
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
        <translation>Gérer les entonnoirs d’un site&#xa0;: 2 à 8 étapes (un motif de chemin ou un événement personnalisé) franchies dans l’ordre au cours d’une visite.

  add --file FILE [--name TEXT] [--replace]   enregistrer le format YAML (- pour stdin)
  list [--json]                               lister les entonnoirs
  show ID|NAME [--json]                       en afficher un en YAML (ou JSON)
  remove ID|NAME                              en supprimer un

Le fichier&#xa0;:
  name: Inscription
  funnel:
    - step: /
      name: accueil
    - step: /pricing
    - event: Signup</translation>
    </message>
    <message>
        <source>add, list, show or remove</source>
        <translation>add, list, show ou remove</translation>
    </message>
    <message>
        <source>ID or name (show, remove)</source>
        <translation>ID ou nom (show, remove)</translation>
    </message>
    <message>
        <source>The funnel&apos;s YAML file (- for stdin).</source>
        <translation>Le fichier YAML de l’entonnoir (- pour stdin).</translation>
    </message>
    <message>
        <source>The funnel&apos;s name when the file has none (or to rename).</source>
        <translation>Le nom de l’entonnoir si le fichier n’en a pas (ou pour le renommer).</translation>
    </message>
    <message>
        <source>Overwrite a funnel of the same name (keeps its id).</source>
        <translation>Écraser un entonnoir du même nom (il garde son identifiant).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>funnel %1: expected one funnel ID or name</source>
        <translation>funnel %1&#xa0;: un identifiant ou un nom d’entonnoir attendu</translation>
    </message>
    <message>
        <source>funnel add: give --file FUNNEL.yaml (or --file - for stdin)</source>
        <translation>funnel add&#xa0;: indiquez --file FUNNEL.yaml (ou --file - pour stdin)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>stdin</source>
        <translation>stdin</translation>
    </message>
    <message>
        <source>%1 has no &apos;name:&apos;; give one with --name</source>
        <translation>%1 n’a pas de &apos;name:&apos;&#xa0;; indiquez-en un avec --name</translation>
    </message>
    <message>
        <source>(use --replace to overwrite it)</source>
        <translation>(utilisez --replace pour l’écraser)</translation>
    </message>
    <message>
        <source>Saved funnel %1 &quot;%2&quot; (%3 steps) on %4.
</source>
        <translation>Entonnoir %1 «&#xa0;%2&#xa0;» (%3 étapes) enregistré sur %4.
</translation>
    </message>
    <message>
        <source>No funnels on %1. Add one with &apos;%2 funnel add --file FUNNEL.yaml&apos;.
</source>
        <translation>Aucun entonnoir sur %1. Ajoutez-en un avec &apos;%2 funnel add --file FUNNEL.yaml&apos;.
</translation>
    </message>
    <message>
        <source>STEPS</source>
        <translation>ÉTAPES</translation>
    </message>
    <message>
        <source>no funnel &apos;%1&apos; on %2 (see &apos;funnel list&apos;)</source>
        <translation>aucun entonnoir &apos;%1&apos; sur %2 (voir &apos;funnel list&apos;)</translation>
    </message>
    <message>
        <source>Removed funnel %1 &quot;%2&quot;.
</source>
        <translation>Entonnoir %1 «&#xa0;%2&#xa0;» supprimé.
</translation>
    </message>
</context>
<context>
    <name>raycstr::GoatCounterReader</name>
    <message>
        <source>empty file: expected GoatCounter&apos;s CSV header</source>
        <translation>fichier vide : l&apos;en-tête CSV de GoatCounter est attendu</translation>
    </message>
    <message>
        <source>not a GoatCounter CSV export (the header should start with &apos;2Path&apos;)</source>
        <translation>pas un export CSV de GoatCounter (l&apos;en-tête devrait commencer par &apos;2Path&apos;)</translation>
    </message>
    <message>
        <source>GoatCounter export format version %1: only version 2 is read</source>
        <translation>format d&apos;export GoatCounter version %1 : seule la version 2 est lue</translation>
    </message>
    <message>
        <source>expected the column &apos;%1&apos; here</source>
        <translation>la colonne &apos;%1&apos; était attendue ici</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 champs attendus, %2 trouvés</translation>
    </message>
    <message>
        <source>not a date: &apos;%1&apos;</source>
        <translation>pas une date : &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected true or false, found &apos;%1&apos;</source>
        <translation>true ou false attendu, &apos;%1&apos; trouvé</translation>
    </message>
</context>
<context>
    <name>raycstr::HitSorter</name>
    <message>
        <source>cannot write a temporary file in %1: %2</source>
        <translation>impossible d’écrire un fichier temporaire dans %1 : %2</translation>
    </message>
    <message>
        <source>cannot write a temporary file in %1</source>
        <translation>impossible d’écrire un fichier temporaire dans %1</translation>
    </message>
    <message>
        <source>cannot write a temporary file in %1 (disk full?)</source>
        <translation>impossible d’écrire un fichier temporaire dans %1 (disque plein ?)</translation>
    </message>
    <message>
        <source>cannot read a temporary file of the import</source>
        <translation>impossible de lire un fichier temporaire de l’import</translation>
    </message>
    <message>
        <source>a temporary file of the import is damaged</source>
        <translation>un fichier temporaire de l’import est endommagé</translation>
    </message>
</context>
<context>
    <name>raycstr::ImportCli</name>
    <message>
        <source>Files to import, or list / undo.</source>
        <translation>Fichiers à importer, ou list / undo.</translation>
    </message>
    <message>
        <source>The site (its domain).</source>
        <translation>Le site (son domaine).</translation>
    </message>
    <message>
        <source>Access logs: combined (default), common, or an nginx log_format string.</source>
        <translation>Journaux d&apos;accès : combined (par défaut), common ou un log_format nginx.</translation>
    </message>
    <message>
        <source>import list: print JSON.</source>
        <translation>import list : afficher du JSON.</translation>
    </message>
    <message>
        <source>import list takes no arguments</source>
        <translation>import list ne prend aucun argument</translation>
    </message>
    <message>
        <source>import undo: expected one import ID</source>
        <translation>import undo : un ID d&apos;import est attendu</translation>
    </message>
    <message>
        <source>import: which files?</source>
        <translation>import : quels fichiers ?</translation>
    </message>
    <message>
        <source>import: give --site DOMAIN</source>
        <translation>import : indiquez --site DOMAINE</translation>
    </message>
    <message>
        <source>import --from goatcounter takes one export file</source>
        <translation>import --from goatcounter prend un seul fichier d&apos;export</translation>
    </message>
    <message>
        <source>%1
Stop the server first: an import needs the data directory to itself.</source>
        <translation>%1
Arrêtez d&apos;abord le serveur : un import a besoin du répertoire de données pour lui seul.</translation>
    </message>
    <message>
        <source>no site %1 (see &apos;site list&apos;; add it with &apos;site add&apos;)</source>
        <translation>aucun site %1 (voir &apos;site list&apos; ; ajoutez-le avec &apos;site add&apos;)</translation>
    </message>
    <message>
        <source>No imports yet.
</source>
        <translation>Aucun import pour l&apos;instant.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>JOURS</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>ÉVÉNEMENTS</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>FICHIERS</translation>
    </message>
    <message>
        <source>no import %1 (see &apos;import list&apos;)</source>
        <translation>aucun import %1 (voir &apos;import list&apos;)</translation>
    </message>
    <message>
        <source>import %1 is already gone (%2)</source>
        <translation>l&apos;import %1 n&apos;existe plus (%2)</translation>
    </message>
    <message>
        <source>Removed import %1: %2 events.
</source>
        <translation>Import %1 retiré : %2 événements.
</translation>
    </message>
    <message>
        <source>Resumed import %1 (finished days kept).
</source>
        <translation>Import %1 repris (jours terminés conservés).
</translation>
    </message>
    <message>
        <source>Replaced import %1 (the same files).
</source>
        <translation>Import %1 remplacé (les mêmes fichiers).
</translation>
    </message>
    <message>
        <source>Stopped: import %1 kept its finished days. Run the same command again to finish it, or &apos;import undo %1&apos; to remove it.
</source>
        <translation>Arrêté : l&apos;import %1 a gardé ses jours terminés. Relancez la même commande pour le terminer, ou &apos;import undo %1&apos; pour le retirer.
</translation>
    </message>
    <message>
        <source>%1
Nothing of this import was kept.</source>
        <translation>%1
Rien de cet import n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>Import %1 into %2 done in %3 s: %4 rows read, %5 events written.
</source>
        <translation>Import %1 dans %2 terminé en %3 s : %4 lignes lues, %5 événements écrits.
</translation>
    </message>
    <message>
        <source>Days: %1 to %2.
</source>
        <translation>Jours : du %1 au %2.
</translation>
    </message>
    <message>
        <source>Skipped: %1.
</source>
        <translation>Ignorés : %1.
</translation>
    </message>
    <message>
        <source>Left out %1 days that already had data (cut-over).
</source>
        <translation>%1 jours laissés de côté, qui avaient déjà des données (bascule).
</translation>
    </message>
    <message>
        <source>import --from plausible takes one export (zip or folder)</source>
        <translation>import --from plausible prend un export (zip ou dossier)</translation>
    </message>
    <message>
        <source>Import %1 into %2 done in %3 s: %4 rows read, %5 daily aggregates written.
</source>
        <translation>Import %1 dans %2 terminé en %3 s : %4 lignes lues, %5 sommes quotidiennes écrites.
</translation>
    </message>
    <message>
        <source>import: give --from %1</source>
        <translation>import : indiquez --from %1</translation>
    </message>
    <message>
        <source>Stopped before anything was written.
</source>
        <translation>Arrêté avant que rien ne soit écrit.
</translation>
    </message>
    <message>
        <source>Plausible&apos;s Stats API: the server&apos;s address (https://plausible.io or your own).</source>
        <translation>Stats API de Plausible : l’adresse du serveur (https://plausible.io ou le vôtre).</translation>
    </message>
    <message>
        <source>Plausible&apos;s Stats API key (visible in ps: prefer --api-key-file or RAYCSTR_PLAUSIBLE_API_KEY).</source>
        <translation>Clé de la Stats API de Plausible (visible dans ps : préférez --api-key-file ou RAYCSTR_PLAUSIBLE_API_KEY).</translation>
    </message>
    <message>
        <source>A file holding Plausible&apos;s Stats API key.</source>
        <translation>Un fichier contenant la clé de la Stats API de Plausible.</translation>
    </message>
    <message>
        <source>Plausible&apos;s Stats API: the first day (default 2019-01-01).</source>
        <translation>Stats API de Plausible : le premier jour (par défaut 2019-01-01).</translation>
    </message>
    <message>
        <source>Plausible&apos;s Stats API: the last day (default yesterday).</source>
        <translation>Stats API de Plausible : le dernier jour (par défaut hier).</translation>
    </message>
    <message>
        <source>Plausible&apos;s Stats API version: v2 or v1 (default: v2 where the server has it).</source>
        <translation>Version de la Stats API de Plausible : v2 ou v1 (par défaut : v2 si le serveur l’a).</translation>
    </message>
    <message>
        <source>Plausible&apos;s Stats API: at most N requests an hour (default 600, Plausible&apos;s limit; 0: no pacing).</source>
        <translation>Stats API de Plausible : au plus N requêtes par heure (par défaut 600, la limite de Plausible ; 0 : sans cadence).</translation>
    </message>
    <message>
        <source>import --from plausible --url pulls from the Stats API: give no files</source>
        <translation>import --from plausible --url lit la Stats API : ne donnez pas de fichiers</translation>
    </message>
    <message>
        <source>warning: --api-key is visible to other users of this machine (ps); prefer --api-key-file FILE or RAYCSTR_PLAUSIBLE_API_KEY
</source>
        <translation>avertissement : --api-key est visible des autres utilisateurs de cette machine (ps) ; préférez --api-key-file FILE ou RAYCSTR_PLAUSIBLE_API_KEY
</translation>
    </message>
    <message>
        <source>cannot read the API key file %1: %2</source>
        <translation>impossible de lire le fichier de clé %1 : %2</translation>
    </message>
    <message>
        <source>the API key file %1 is empty</source>
        <translation>le fichier de clé %1 est vide</translation>
    </message>
    <message>
        <source>import --from plausible --url: give the Stats API key with --api-key-file FILE, RAYCSTR_PLAUSIBLE_API_KEY or --api-key KEY</source>
        <translation>import --from plausible --url : donnez la clé de la Stats API avec --api-key-file FILE, RAYCSTR_PLAUSIBLE_API_KEY ou --api-key KEY</translation>
    </message>
    <message>
        <source>the API key must be one line</source>
        <translation>la clé doit tenir sur une ligne</translation>
    </message>
    <message>
        <source>--url: expected the server&apos;s address, like https://plausible.io</source>
        <translation>--url : l’adresse du serveur est attendue, comme https://plausible.io</translation>
    </message>
    <message>
        <source>warning: %1 is plain HTTP: the API key travels unencrypted
</source>
        <translation>avertissement : %1 est en HTTP simple : la clé circule en clair
</translation>
    </message>
    <message>
        <source>--from-date: expected YYYY-MM-DD</source>
        <translation>--from-date : AAAA-MM-JJ attendu</translation>
    </message>
    <message>
        <source>--to-date: expected YYYY-MM-DD</source>
        <translation>--to-date : AAAA-MM-JJ attendu</translation>
    </message>
    <message>
        <source>--from-date %1 is after --to-date %2</source>
        <translation>--from-date %1 est après --to-date %2</translation>
    </message>
    <message>
        <source>--api: expected v1 or v2</source>
        <translation>--api : v1 ou v2 attendu</translation>
    </message>
    <message>
        <source>--requests-per-hour: expected a whole number ≥ 0</source>
        <translation>--requests-per-hour : un nombre entier ≥ 0 est attendu</translation>
    </message>
    <message>
        <source>%1
Nothing of this import was written.</source>
        <translation>%1
Rien de cet import n’a été écrit.</translation>
    </message>
    <message>
        <source>Plausible Stats API %1 at %2: %3 days with traffic from %4 to %5.
</source>
        <translation>Plausible Stats API %1 sur %2 : %3 jours avec du trafic du %4 au %5.
</translation>
    </message>
    <message>
        <source>%1
Import %2 kept its finished days: run the same command again to resume it, or &apos;import undo %2&apos; to remove it.</source>
        <translation>%1
L’import %2 a gardé ses jours terminés : relancez la même commande pour le reprendre, ou &apos;import undo %2&apos; pour le retirer.</translation>
    </message>
    <message>
        <source>%1 requests to %2 (%3 s waiting for its rate limit).
</source>
        <translation>%1 requêtes à %2 (%3 s d’attente pour sa limite de débit).
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
                        Importer l’historique (serveur arrêté) ; voir &apos;import --help&apos;.
  import list | import undo ID
</translation>
    </message>
    <message>
        <source>The source: access-log, goatcounter, plausible, google-analytics, ga4-bigquery or umami.</source>
        <translation>La source : access-log, goatcounter, plausible, google-analytics, ga4-bigquery ou umami.</translation>
    </message>
    <message>
        <source>Umami: its PostgreSQL database, postgres://USER@HOST:PORT/DB (no password: PGPASSWORD or ~/.pgpass).</source>
        <translation>Umami : sa base PostgreSQL, postgres://USER@HOST:PORT/DB (sans mot de passe : PGPASSWORD ou ~/.pgpass).</translation>
    </message>
    <message>
        <source>Umami: the website&apos;s ID (default: the one with the site&apos;s domain).</source>
        <translation>Umami : l&apos;ID du site web (par défaut : celui qui a le domaine du site).</translation>
    </message>
    <message>
        <source>import --from umami reads a database, not files: give --database postgres://USER@HOST:PORT/DB</source>
        <translation>import --from umami lit une base de données, pas des fichiers : indiquez --database postgres://USER@HOST:PORT/DB</translation>
    </message>
    <message>
        <source>import --from umami: give --database postgres://USER@HOST:PORT/DB</source>
        <translation>import --from umami : indiquez --database postgres://USER@HOST:PORT/DB</translation>
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
        <translation>Importer l’historique dans un site, par le même pipeline de confidentialité que les visites en direct.

  --from access-log --site DOMAIN [--log-format F] FILE...
      journaux nginx/Apache (combined, common ou un log_format nginx), bruts ou .gz
  --from goatcounter --site DOMAIN EXPORT.csv
      export CSV de GoatCounter (version de format 2)
  --from plausible --site DOMAIN EXPORT.zip|FOLDER
      export CSV de Plausible (sommes journalières, ajoutées aux rapports)
  --from plausible --site DOMAIN --url https://plausible.io [--from-date D]
      [--to-date D]   Stats API de Plausible (v2, sinon v1), jour par jour ; la
      clé vient de --api-key-file F ou de RAYCSTR_PLAUSIBLE_API_KEY (--api-key KEY
      marche aussi, mais les autres utilisateurs la voient dans ps)
  --from google-analytics --site DOMAIN REPORT.json|FOLDER|ZIP...
      rapports de la Data API de GA4 (JSON de runReport ; sommes journalières)
  --from ga4-bigquery --site DOMAIN EVENTS.ndjson[.gz]...
      export BigQuery de GA4 en JSON délimité par des retours à la ligne (événements bruts)
  --from umami --database postgres://USER@HOST:PORT/DB --site DOMAIN [--website ID]
      la base PostgreSQL d&apos;Umami, en lecture seule (événements bruts) ; le mot de passe
      depuis PGPASSWORD ou ~/.pgpass, jamais sur la ligne de commande
  list [--site DOMAIN] [--json]   les imports et ce qu’ils ont écrit
  undo ID                         retirer les événements et les jours d’un import

Les jours qui ont déjà des données sont laissés de côté (bascule), de même qu’aujourd’hui. Les mêmes fichiers une nouvelle fois remplacent l’import précédent ; après Ctrl+C, la même commande termine l’import. Le serveur doit être arrêté pendant l’import.</translation>
    </message>
</context>
<context>
    <name>raycstr::ImportJob</name>
    <message>
        <source>--log-format, column %1: %2</source>
        <translation>--log-format, colonne %1 : %2</translation>
    </message>
    <message>
        <source>unknown import source &apos;%1&apos; (one of: %2)</source>
        <translation>source d’import inconnue « %1 » (l’une de : %2)</translation>
    </message>
    <message>
        <source>Reading %1 rows of Umami&apos;s website %2 (read-only).</source>
        <translation>Lecture de %1 lignes du site web %2 d&apos;Umami (lecture seule).</translation>
    </message>
</context>
<context>
    <name>raycstr::Importer</name>
    <message>
        <source>removing the earlier import %1 failed: %2</source>
        <translation>le retrait de l&apos;import précédent %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>raycstr::InputFile</name>
    <message>
        <source>cannot read the file</source>
        <translation>le fichier est illisible</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <source>damaged or unreadable: %1</source>
        <translation>endommagé ou illisible : %1</translation>
    </message>
    <message>
        <source>damaged or unreadable: the gzip data ends too early</source>
        <translation>endommagé ou illisible : les données gzip s&apos;arrêtent trop tôt</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 bytes</source>
        <translation>la ligne %1 dépasse %2 octets</translation>
    </message>
</context>
<context>
    <name>raycstr::LogFormat</name>
    <message>
        <source>&apos;${&apos; without a closing &apos;}&apos;</source>
        <translation>&apos;${&apos; sans &apos;}&apos; fermant</translation>
    </message>
    <message>
        <source>&apos;$&apos; without a variable name</source>
        <translation>&apos;$&apos; sans nom de variable</translation>
    </message>
    <message>
        <source>two variables side by side: put some text between them</source>
        <translation>deux variables côte à côte : mettez du texte entre elles</translation>
    </message>
    <message>
        <source>the format has no time ($time_local, $time_iso8601 or $msec)</source>
        <translation>le format n&apos;a pas d&apos;heure ($time_local, $time_iso8601 ou $msec)</translation>
    </message>
    <message>
        <source>the format has no request ($request or $request_uri)</source>
        <translation>le format n&apos;a pas de requête ($request ou $request_uri)</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos; here (does --log-format match the file?)</source>
        <translation>&apos;%1&apos; était attendu ici (--log-format correspond-il au fichier ?)</translation>
    </message>
    <message>
        <source>unexpected text after the last field</source>
        <translation>texte inattendu après le dernier champ</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos; after this field</source>
        <translation>&apos;%1&apos; était attendu après ce champ</translation>
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
                        Copier les événements stockés vers ClickHouse (serveur
                        arrêté) ; voir &apos;migrate --help&apos;.
</translation>
    </message>
    <message>
        <source>Copy every stored event and drop count of every site from the data directory&apos;s SQLite file to ClickHouse, day by day, then compare the counts per site and day (events, pageviews, visitors, drops).

Sites, API keys, goals, funnels, alerts and imports stay in the SQLite file, where &apos;serve --store URL&apos; reads them. Salts are not copied: ClickHouse makes its own, so a visitor seen on the day of the switch counts once more. Days whose raw events expired (retention_days) and that only the daily sums still hold cannot be copied; they are counted.

The password comes from store_password in the config file or RAYCSTR_STORE_PASSWORD. The server must be stopped. After Ctrl+C the same command goes on where it stopped; running it again copies nothing twice.</source>
        <translation>Copier tous les événements stockés et les compteurs de rejets de chaque site, jour par jour, du fichier SQLite du répertoire de données vers ClickHouse, puis comparer les comptes par site et par jour (événements, pages vues, visiteurs, rejets).

Les sites, clés d&apos;API, objectifs, entonnoirs, alertes et imports restent dans le fichier SQLite, où &apos;serve --store URL&apos; les lit. Les sels ne sont pas copiés : ClickHouse crée les siens, si bien qu&apos;un visiteur vu le jour du changement compte une fois de plus. Les jours dont les événements bruts ont expiré (retention_days) et que seules les sommes quotidiennes conservent ne peuvent pas être copiés ; ils sont comptés.

Le mot de passe vient de store_password dans le fichier de configuration ou de RAYCSTR_STORE_PASSWORD. Le serveur doit être arrêté. Après Ctrl+C, la même commande reprend là où elle s&apos;est arrêtée ; relancée, elle ne copie rien deux fois.</translation>
    </message>
    <message>
        <source>The ClickHouse store: clickhouse://user@host:8123/database.</source>
        <translation>Le stockage ClickHouse : clickhouse://user@host:8123/database.</translation>
    </message>
    <message>
        <source>migrate takes no arguments (got &apos;%1&apos;)</source>
        <translation>migrate ne prend pas d&apos;arguments (reçu &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>migrate: give --to clickhouse://user@host:8123/database</source>
        <translation>migrate : indiquez --to clickhouse://user@host:8123/database</translation>
    </message>
    <message>
        <source>migrate: --to must name a ClickHouse store (clickhouse://user@host:8123/database)</source>
        <translation>migrate : --to doit désigner un stockage ClickHouse (clickhouse://user@host:8123/database)</translation>
    </message>
    <message>
        <source>%1
Stop the server first: migrate needs the data directory to itself.</source>
        <translation>%1
Arrêtez d&apos;abord le serveur : migrate a besoin du répertoire de données pour lui seul.</translation>
    </message>
    <message>
        <source>cannot use ClickHouse at %1: %2</source>
        <translation>impossible d&apos;utiliser ClickHouse à %1 : %2</translation>
    </message>
    <message>
        <source>Deleted what an interrupted copy had sent (%1 batches); copying those days again.
</source>
        <translation>Ce qu&apos;une copie interrompue avait envoyé a été supprimé (%1 lots) ; ces jours sont copiés à nouveau.
</translation>
    </message>
    <message>
        <source>migrate</source>
        <translation>migrate</translation>
    </message>
    <message>
        <source>the copy stopped: %1
The same command again goes on where it stopped.</source>
        <translation>la copie s&apos;est arrêtée : %1
La même commande reprend là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Interrupted after %1 events; the same command again goes on where it stopped.
</source>
        <translation>Interrompu après %1 événements ; la même commande reprend là où elle s&apos;est arrêtée.
</translation>
    </message>
    <message>
        <source>Copied %1 events in %2 s (%3 events/s).
</source>
        <translation>%1 événements copiés en %2 s (%3 événements/s).
</translation>
    </message>
    <message>
        <source>checking the copy failed: %1</source>
        <translation>la vérification de la copie a échoué : %1</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>days to copy</source>
        <translation>jours à copier</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <source>days copied before</source>
        <translation>jours déjà copiés</translation>
    </message>
    <message>
        <source>days with daily sums only</source>
        <translation>jours avec sommes quotidiennes seules</translation>
    </message>
    <message>
        <source>Checked: events, pageviews, visitors and drop counts agree for every site and day.
Sites, keys, goals, funnels and imports stay in the data directory; serve with --store %1 (or store: in the config file).
</source>
        <translation>Vérifié : événements, pages vues, visiteurs et compteurs de rejets concordent pour chaque site et chaque jour.
Les sites, clés, objectifs, entonnoirs et imports restent dans le répertoire de données ; lancez serve avec --store %1 (ou store: dans le fichier de configuration).
</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>pageviews</source>
        <translation>pages vues</translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>visiteurs</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>rejetés</translation>
    </message>
    <message>
        <source>Site-days where the counts differ (SQLite ≠ ClickHouse): %1
</source>
        <translation>Jours de site où les comptes diffèrent (SQLite ≠ ClickHouse) : %1
</translation>
    </message>
    <message>
        <source>%1: %2 days have only daily sums left (their raw events expired); ClickHouse gets their daily sums, not their events.
</source>
        <translation>%1 : %2 jours n’ont plus que des sommes quotidiennes (leurs événements bruts ont expiré) ; ClickHouse reçoit leurs sommes quotidiennes, pas leurs événements.
</translation>
    </message>
</context>
<context>
    <name>raycstr::PlausibleApiClient</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>%1 kept answering 429 (too many requests) after %2 tries; lower --requests-per-hour or try again later</source>
        <translation>%1 a continué de répondre 429 (trop de requêtes) après %2 essais ; baissez --requests-per-hour ou réessayez plus tard</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 a répondu HTTP %2 : %3</translation>
    </message>
    <message>
        <source>%1 refused the question (HTTP %2): %3</source>
        <translation>%1 a refusé la requête (HTTP %2) : %3</translation>
    </message>
    <message>
        <source>the answer from %1 is not JSON (is %2 the address of a Plausible server?): %3</source>
        <translation>la réponse de %1 n’est pas du JSON (%2 est-elle l’adresse d’un serveur Plausible ?) : %3</translation>
    </message>
    <message>
        <source>%1 redirects to %2 (HTTP %3): give that server as --url</source>
        <translation>%1 redirige vers %2 (HTTP %3) : donnez ce serveur comme --url</translation>
    </message>
</context>
<context>
    <name>raycstr::PlausibleApiReader</name>
    <message>
        <source>%1 refused the API key (HTTP %2: %3). Check the key (in Plausible: Account settings → API Keys, a Stats API key) and that its account can see %4.</source>
        <translation>%1 a refusé la clé (HTTP %2 : %3). Vérifiez la clé (dans Plausible : Account settings → API Keys, une clé Stats API) et que son compte voit %4.</translation>
    </message>
    <message>
        <source>no site %1 on %2, or no Stats API there (HTTP 404: %3)</source>
        <translation>pas de site %1 sur %2, ou pas de Stats API là (HTTP 404 : %3)</translation>
    </message>
</context>
<context>
    <name>raycstr::PlausibleExportReader</name>
    <message>
        <source>no such file or folder</source>
        <translation>aucun fichier ni dossier de ce nom</translation>
    </message>
    <message>
        <source>not a zip archive (%1): give Plausible&apos;s export zip or the folder it was unpacked into</source>
        <translation>pas une archive zip (%1) : indiquez le zip d&apos;export de Plausible ou le dossier où il a été décompressé</translation>
    </message>
    <message>
        <source>two files for %1: %2 and %3 (import one export at a time)</source>
        <translation>deux fichiers pour %1 : %2 et %3 (importez un export à la fois)</translation>
    </message>
    <message>
        <source>no imported_*.csv files: is this Plausible&apos;s CSV export (Site settings → Imports &amp; Exports → Export data)?</source>
        <translation>aucun fichier imported_*.csv : est-ce bien l&apos;export CSV de Plausible (Site settings → Imports &amp; Exports → Export data) ?</translation>
    </message>
    <message>
        <source>no temporary folder: %1</source>
        <translation>pas de dossier temporaire : %1</translation>
    </message>
    <message>
        <source>empty file: expected the header line of %1</source>
        <translation>fichier vide : la ligne d&apos;en-tête de %1 était attendue</translation>
    </message>
    <message>
        <source>no column &apos;%1&apos; in the header (%2 needs date, %3 and visitors)</source>
        <translation>pas de colonne &apos;%1&apos; dans l&apos;en-tête (%2 demande date, %3 et visitors)</translation>
    </message>
    <message>
        <source>expected %1 fields (as the header has), found %2</source>
        <translation>%1 champs attendus (comme l&apos;en-tête), %2 trouvés</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): &apos;%1&apos;</source>
        <translation>pas une date (AAAA-MM-JJ) : &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a whole number ≥ 0 in %1, found &apos;%2&apos;</source>
        <translation>nombre entier ≥ 0 attendu dans %1, &apos;%2&apos; trouvé</translation>
    </message>
</context>
<context>
    <name>raycstr::PostgresConnection</name>
    <message>
        <source>not a PostgreSQL connection string (postgres://USER@HOST:PORT/DATABASE): %1</source>
        <translation>pas une chaîne de connexion PostgreSQL (postgres://USER@HOST:PORT/DATABASE) : %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire épuisée</translation>
    </message>
    <message>
        <source>the connection string holds a password: leave it out and set PGPASSWORD, or put it in ~/.pgpass (mode 0600) or a file named by PGPASSFILE</source>
        <translation>la chaîne de connexion contient un mot de passe : retirez-le et définissez PGPASSWORD, ou mettez-le dans ~/.pgpass (mode 0600) ou dans un fichier nommé par PGPASSFILE</translation>
    </message>
    <message>
        <source> (set PGPASSWORD, or put the password in ~/.pgpass, mode 0600)</source>
        <translation> (définissez PGPASSWORD, ou mettez le mot de passe dans ~/.pgpass, mode 0600)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>connexion impossible à %1 : %2</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>the server did not answer</source>
        <translation>le serveur n&apos;a pas répondu</translation>
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
        <translation>  report send --site DOMAINE --to ADRESSE [--period week|month]
                        Envoyer un rapport maintenant (teste les réglages smtp:).
  report preview --site DOMAINE --out FICHIER.html [--period week|month]
                        Écrire le HTML d&apos;un rapport dans un fichier.
</translation>
    </message>
    <message>
        <source>E-mail reports: the last complete week (Monday to Sunday) or month of a site, in its time zone, as the scheduled reports send them.</source>
        <translation>Rapports par e-mail : la dernière semaine complète (du lundi au dimanche) ou le dernier mois complet d&apos;un site, dans son fuseau horaire, comme les rapports planifiés les envoient.</translation>
    </message>
    <message>
        <source>The site (its domain).</source>
        <translation>Le site (son domaine).</translation>
    </message>
    <message>
        <source>A recipient (send); repeatable.</source>
        <translation>Un destinataire (send) ; répétable.</translation>
    </message>
    <message>
        <source>The HTML file to write (preview).</source>
        <translation>Le fichier HTML à écrire (preview).</translation>
    </message>
    <message>
        <source>week (default) or month.</source>
        <translation>week (par défaut) ou month.</translation>
    </message>
    <message>
        <source>The report&apos;s language: en (default), de, fr or es.</source>
        <translation>La langue du rapport : en (par défaut), de, fr ou es.</translation>
    </message>
    <message>
        <source>report %1 needs --site DOMAIN</source>
        <translation>report %1 demande --site DOMAINE</translation>
    </message>
    <message>
        <source>report send needs --to ADDRESS</source>
        <translation>report send demande --to ADRESSE</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>report preview needs --out FILE.html</source>
        <translation>report preview demande --out FICHIER.html</translation>
    </message>
    <message>
        <source>--period takes week or month, not &apos;%1&apos;</source>
        <translation>--period prend week ou month, pas « %1 »</translation>
    </message>
    <message>
        <source>no smtp: section in the config (see README, &quot;Email reports&quot;); pass it with --config FILE</source>
        <translation>pas de section smtp: dans la configuration (voir le README, « Email reports ») ; indiquez-la avec --config FICHIER</translation>
    </message>
    <message>
        <source>no site %1 (see &apos;site list&apos;)</source>
        <translation>aucun site %1 (voir &apos;site list&apos;)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Wrote the %1 report of %2 to %3.</source>
        <translation>Rapport (%1) de %2 écrit dans %3.</translation>
    </message>
    <message>
        <source>the report was not sent: %1</source>
        <translation>le rapport n&apos;a pas été envoyé : %1</translation>
    </message>
    <message>
        <source>Sent the %1 report of %2 to %3.</source>
        <translation>Rapport (%1) de %2 envoyé à %3.</translation>
    </message>
</context>
<context>
    <name>raycstr::ServerCli</name>
    <message>
        <source>Every command takes --help, and --lang LANGUAGE (de, fr, es or en; default: the
system&apos;s language, from LANG or LC_MESSAGES).
</source>
        <translation>Chaque commande accepte --help, et --lang LANGUE (de, fr, es ou en&#xa0;; par défaut&#xa0;: la
langue du système, d’après LANG ou LC_MESSAGES).
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Address and port to listen on (default: 127.0.0.1:8080).</source>
        <translation>Adresse et port d’écoute (par défaut&#xa0;: 127.0.0.1:8080).</translation>
    </message>
    <message>
        <source>serve takes no arguments (got &apos;%1&apos;)</source>
        <translation>serve ne prend pas d’argument (reçu&#xa0;: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>RayCstr collecting on http://%1
  data:    %2
  GeoIP:   %3
  sites:   %4
</source>
        <translation>RayCstr collecte sur http://%1
  données&#xa0;: %2
  GeoIP&#xa0;:   %3
  sites&#xa0;:   %4
</translation>
    </message>
    <message>
        <source>none (countries unknown)</source>
        <translation>aucune (pays inconnus)</translation>
    </message>
    <message>
        <source>No sites yet: add one with &apos;%1 site add example.com --data %2&apos;
</source>
        <translation>Aucun site pour l’instant&#xa0;: ajoutez-en un avec &apos;%1 site add example.com --data %2&apos;
</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.
</source>
        <translation>Appuyez sur Ctrl+C pour arrêter.
</translation>
    </message>
    <message>
        <source>Stopped: %1 events stored, %2 bots dropped, %3 hits refused while busy.
</source>
        <translation>Arrêté. Événements enregistrés&#xa0;: %1, robots écartés&#xa0;: %2, requêtes refusées par surcharge&#xa0;: %3.
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
        <translation>Gérer les sites suivis.

  add DOMAIN [--timezone ZONE] [--alias ALIAS]…
                                 commencer à suivre DOMAIN
  list [--json]                  lister les sites (avec leurs alias)
  remove DOMAIN                  cesser de suivre DOMAIN et supprimer ses données
  alias DOMAIN ALIAS             permettre à d’autres traceurs de désigner DOMAIN par ALIAS&#xa0;:
                                 le data-website-id d’Umami, ou l’hôte (ou son premier
                                 label) auquel un script GoatCounter envoie
  unalias ALIAS                  oublier un alias</translation>
    </message>
    <message>
        <source>add, list, remove, alias or unalias</source>
        <translation>add, list, remove, alias ou unalias</translation>
    </message>
    <message>
        <source>The site&apos;s domain, as in data-domain=&quot;…&quot;.</source>
        <translation>Le domaine du site, comme dans data-domain=&quot;…&quot;.</translation>
    </message>
    <message>
        <source>For alias: the alias.</source>
        <translation>Pour alias&#xa0;: l’alias.</translation>
    </message>
    <message>
        <source>IANA time zone that decides where the site&apos;s day starts (default: UTC).</source>
        <translation>Fuseau horaire IANA qui fixe le début de la journée du site (par défaut&#xa0;: UTC).</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Afficher la liste en JSON.</translation>
    </message>
    <message>
        <source>For add: an alias of the new site (repeatable).</source>
        <translation>Pour add&#xa0;: un alias du nouveau site (répétable).</translation>
    </message>
    <message>
        <source>site %1: expected exactly one DOMAIN</source>
        <translation>site %1&#xa0;: exactement un DOMAIN attendu</translation>
    </message>
    <message>
        <source>site alias: expected DOMAIN and ALIAS</source>
        <translation>site alias&#xa0;: DOMAIN et ALIAS attendus</translation>
    </message>
    <message>
        <source>site unalias: expected exactly one ALIAS</source>
        <translation>site unalias&#xa0;: exactement un ALIAS attendu</translation>
    </message>
    <message>
        <source>site list takes no DOMAIN</source>
        <translation>site list ne prend pas de DOMAIN</translation>
    </message>
    <message>
        <source>site %1: --alias is for &apos;site add&apos;</source>
        <translation>site %1&#xa0;: --alias est réservé à &apos;site add&apos;</translation>
    </message>
    <message>
        <source>Added %1 (time zone %2).
Add this to your site&apos;s &lt;head&gt;:
</source>
        <translation>%1 ajouté (fuseau horaire %2).
Ajoutez ceci au &lt;head&gt; de votre site&#xa0;:
</translation>
    </message>
    <message>
        <source>YOUR-RAYCSTR-HOST</source>
        <translation>VOTRE-HOTE-RAYCSTR</translation>
    </message>
    <message>
        <source>No sites. Add one with &apos;%1 site add example.com&apos;.
</source>
        <translation>Aucun site. Ajoutez-en un avec &apos;%1 site add example.com&apos;.
</translation>
    </message>
    <message>
        <source>aliases: %1</source>
        <translation>alias&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hits that name %1 now count for %2.
</source>
        <translation>Les requêtes qui nomment %1 comptent désormais pour %2.
</translation>
    </message>
    <message>
        <source>Removed alias %1.
</source>
        <translation>Alias %1 supprimé.
</translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 and its %n stored event.
</source>
        <translation>
            <numerusform>%1 supprimé, avec %n événement enregistré.
</numerusform>
            <numerusform>%1 supprimé, avec %n événements enregistrés.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 and its %n stored events.
</source>
        <translation>
            <numerusform>%1 supprimé, avec %n événement enregistré.
</numerusform>
            <numerusform>%1 supprimé, avec %n événements enregistrés.
</numerusform>
        </translation>
    </message>
    <message>
        <source>add, list or remove (or alias, unalias)</source>
        <translation>add, list ou remove (ou alias, unalias)</translation>
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
        <translation>Usage&#xa0;: %1 &lt;commande&gt; [options]

Le serveur sans interface de RayCstr&#xa0;: l’analyse web respectueuse de la vie privée.

Commandes&#xa0;:
  serve                 Lancer le collecteur (voir &apos;serve --help&apos;).
  site add DOMAIN       Commencer à suivre un site (le data-domain de votre extrait).
  site list             Lister les sites suivis.
  site remove DOMAIN    Cesser de suivre un site et supprimer ses données.
  site alias DOMAIN ALIAS
                        Permettre à d’autres traceurs de nommer le site ALIAS (l’identifiant
                        de site Umami, l’hôte auquel un script GoatCounter envoie).
  site unalias ALIAS    Oublier un alias.
</translation>
    </message>
    <message>
        <source>Run the RayCstr collector on the embedded SQLite store (or on ClickHouse: --store).</source>
        <translation>Lancer le collecteur RayCstr sur le stockage SQLite intégré (ou sur ClickHouse : --store).</translation>
    </message>
    <message>
        <source>  events:  %1
</source>
        <translation>  événements&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Where events go: sqlite (default) or clickhouse://user@host:8123/database, with ?cluster=NAME for a cluster of shards. The password comes from store_password in the config file or RAYCSTR_STORE_PASSWORD, never from the command line.</source>
        <translation>Où vont les événements : sqlite (par défaut) ou clickhouse://user@host:8123/database, avec ?cluster=NAME pour un cluster de shards. Le mot de passe vient de store_password dans le fichier de configuration ou de RAYCSTR_STORE_PASSWORD, jamais de la ligne de commande.</translation>
    </message>
</context>
<context>
    <name>raycstr::ServerConfig</name>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>cannot read config file %1</source>
        <translation>impossible de lire le fichier de configuration %1</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: expected a mapping of settings</source>
        <translation>%1&#xa0;: une table de réglages attendue</translation>
    </message>
    <message>
        <source>retention_days must be at least 1</source>
        <translation>retention_days doit valoir au moins 1</translation>
    </message>
    <message>
        <source>trusted_proxies must be a list of addresses or subnets</source>
        <translation>trusted_proxies doit être une liste d’adresses ou de sous-réseaux</translation>
    </message>
    <message>
        <source>queue_capacity must be at least 100</source>
        <translation>queue_capacity doit valoir au moins 100</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;</source>
        <translation>réglage inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid listen address &apos;%1&apos; (expected [ipv6]:port)</source>
        <translation>adresse d’écoute &apos;%1&apos; invalide ([ipv6]:port attendu)</translation>
    </message>
    <message>
        <source>invalid port in listen address &apos;%1&apos;</source>
        <translation>port invalide dans l’adresse d’écoute &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid IP address in listen address &apos;%1&apos;</source>
        <translation>adresse IP invalide dans l’adresse d’écoute &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid subnet &apos;%1&apos;</source>
        <translation>sous-réseau invalide &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid IP address &apos;%1&apos;</source>
        <translation>adresse IP invalide &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation>%1 doit valoir au moins %2</translation>
    </message>
    <message>
        <source>queue_megabytes must be at least 1</source>
        <translation>queue_megabytes doit valoir au moins 1</translation>
    </message>
    <message>
        <source>%1 must be between 1 and 3600</source>
        <translation>%1 doit être compris entre 1 et 3600</translation>
    </message>
    <message>
        <source>backup must be a mapping: dir, interval_hours, keep</source>
        <translation>backup doit être un dictionnaire : dir, interval_hours, keep</translation>
    </message>
    <message>
        <source>backup.interval_hours must be at least 1</source>
        <translation>backup.interval_hours doit valoir au moins 1</translation>
    </message>
    <message>
        <source>backup.keep must be at least 1</source>
        <translation>backup.keep doit valoir au moins 1</translation>
    </message>
    <message>
        <source>unknown setting &apos;backup.%1&apos;</source>
        <translation>paramètre inconnu &apos;backup.%1&apos;</translation>
    </message>
    <message>
        <source>smtp must be a mapping: url, starttls, username, password, from, ca_file, timeout_seconds, attempts</source>
        <translation>smtp doit être un dictionnaire : url, starttls, username, password, from, ca_file, timeout_seconds, attempts</translation>
    </message>
    <message>
        <source>smtp.url must start with smtp:// or smtps://</source>
        <translation>smtp.url doit commencer par smtp:// ou smtps://</translation>
    </message>
    <message>
        <source>smtp.%1 must be between 1 and 600</source>
        <translation>smtp.%1 doit être compris entre 1 et 600</translation>
    </message>
    <message>
        <source>unknown setting &apos;smtp.%1&apos;</source>
        <translation>réglage inconnu « smtp.%1 »</translation>
    </message>
    <message>
        <source>smtp needs at least url and from</source>
        <translation>smtp demande au moins url et from</translation>
    </message>
    <message>
        <source>reports must be a list of {site, to, every, hour, language}</source>
        <translation>reports doit être une liste de {site, to, every, hour, language}</translation>
    </message>
    <message>
        <source>each report must be a mapping: site, to, every, hour, language</source>
        <translation>chaque rapport doit être un dictionnaire : site, to, every, hour, language</translation>
    </message>
    <message>
        <source>reports.every must be week or month</source>
        <translation>reports.every doit être week ou month</translation>
    </message>
    <message>
        <source>reports.hour must be between 0 and 23</source>
        <translation>reports.hour doit être compris entre 0 et 23</translation>
    </message>
    <message>
        <source>unknown setting &apos;reports.%1&apos;</source>
        <translation>réglage inconnu « reports.%1 »</translation>
    </message>
    <message>
        <source>a report needs a site and at least one address in to</source>
        <translation>un rapport demande un site et au moins une adresse dans to</translation>
    </message>
    <message>
        <source>smtp.password is set but %1 is readable by every user: chmod 600 (or 640 with the service&apos;s group) %1</source>
        <translation>smtp.password est défini mais %1 est lisible par tous les utilisateurs : chmod 600 (ou 640 avec le groupe du service) %1</translation>
    </message>
    <message>
        <source>reports are configured but no smtp section says how to send them</source>
        <translation>des rapports sont configurés mais aucune section smtp ne dit comment les envoyer</translation>
    </message>
    <message>
        <source>an alert sends e-mail but no smtp section says how to send it</source>
        <translation>une alerte envoie des e-mails mais aucune section smtp ne dit comment les envoyer</translation>
    </message>
    <message>
        <source>store_password is set but %1 is readable by every user: chmod 600 (or 640 with the service&apos;s group) %1</source>
        <translation>store_password est défini mais %1 est lisible par tous les utilisateurs : chmod 600 (ou 640 avec le groupe du service) %1</translation>
    </message>
</context>
<context>
    <name>raycstr::ServerStack</name>
    <message>
        <source>the server is already running</source>
        <translation>le serveur tourne déjà</translation>
    </message>
</context>
<context>
    <name>raycstr::SiteRepository</name>
    <message>
        <source>the domain is empty</source>
        <translation>le domaine est vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a bare domain: give it without scheme or path, e.g. example.com</source>
        <translation>&apos;%1&apos; n’est pas un simple domaine&#xa0;: indiquez-le sans schéma ni chemin, par exemple example.com</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain name</source>
        <translation>&apos;%1&apos; n’est pas un nom de domaine valide</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos; (use an IANA name such as Europe/Berlin)</source>
        <translation>fuseau horaire inconnu &apos;%1&apos; (utilisez un nom IANA comme Europe/Paris)</translation>
    </message>
    <message>
        <source>site %1 already exists</source>
        <translation>le site %1 existe déjà</translation>
    </message>
    <message>
        <source>%1 is already an alias of another site</source>
        <translation>%1 est déjà un alias d’un autre site</translation>
    </message>
    <message>
        <source>too many sites</source>
        <translation>trop de sites</translation>
    </message>
    <message>
        <source>no site %1</source>
        <translation>aucun site %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid alias: use 1 to 253 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (e.g. an Umami website id)</source>
        <translation>&apos;%1&apos; n’est pas un alias valide&#xa0;: utilisez de 1 à 253 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos; (par exemple un identifiant de site Umami)</translation>
    </message>
    <message>
        <source>%1 is a tracked site&apos;s domain; it cannot also be an alias</source>
        <translation>%1 est le domaine d’un site suivi&#xa0;; il ne peut pas être aussi un alias</translation>
    </message>
    <message>
        <source>alias %1 already names site %2</source>
        <translation>l’alias %1 désigne déjà le site %2</translation>
    </message>
    <message>
        <source>no alias %1</source>
        <translation>aucun alias %1</translation>
    </message>
</context>
<context>
    <name>raycstr::SqliteDb</name>
    <message>
        <source>cannot open database %1: %2</source>
        <translation>impossible d’ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>raycstr::StoreLocation</name>
    <message>
        <source>store location: %1 (expected &quot;sqlite&quot; or %2)</source>
        <translation>emplacement du stockage : %1 (attendu : « sqlite » ou %2)</translation>
    </message>
    <message>
        <source>not a store location</source>
        <translation>ce n’est pas un emplacement de stockage</translation>
    </message>
    <message>
        <source>the ClickHouse password does not belong in the URL; give it in the config file or the environment</source>
        <translation>le mot de passe ClickHouse n’a pas sa place dans l’URL ; indiquez-le dans le fichier de configuration ou l’environnement</translation>
    </message>
    <message>
        <source>the ClickHouse URL names no host</source>
        <translation>l’URL ClickHouse ne nomme aucun hôte</translation>
    </message>
    <message>
        <source>port %1 is out of range</source>
        <translation>le port %1 est hors limites</translation>
    </message>
    <message>
        <source>database name &quot;%1&quot; must be letters, digits and _</source>
        <translation>le nom de base « %1 » ne doit contenir que des lettres, des chiffres et _</translation>
    </message>
    <message>
        <source>the ClickHouse URL takes no ?options but cluster=NAME, and no #fragment</source>
        <translation>l’URL ClickHouse ne prend aucune ?option sauf cluster=NAME, ni de #fragment</translation>
    </message>
    <message>
        <source>cluster name &quot;%1&quot; must be letters, digits, _, - and .</source>
        <translation>le nom de cluster « %1 » ne doit contenir que des lettres, des chiffres, _, - et .</translation>
    </message>
</context>
<context>
    <name>raycstr::UmamiReader</name>
    <message>
        <source>--website: expected a website ID (a UUID, as in Umami&apos;s tracking code)</source>
        <translation>--website : un ID de site web attendu (un UUID, comme dans le code de suivi d&apos;Umami)</translation>
    </message>
    <message>
        <source>not an Umami database: no tables website, website_event, session, event_data (or the role may not read them)</source>
        <translation>pas une base Umami : pas de tables website, website_event, session, event_data (ou le rôle ne peut pas les lire)</translation>
    </message>
    <message>
        <source>tables %1</source>
        <translation>les tables %1</translation>
    </message>
    <message>
        <source>columns %1</source>
        <translation>les colonnes %1</translation>
    </message>
    <message>
        <source>not an Umami database of a known version: missing %1 (or the role may not read them)</source>
        <translation>pas une base Umami d&apos;une version connue : il manque %1 (ou le rôle ne peut pas les lire)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>no website %1 in this Umami database; its websites: %2</source>
        <translation>aucun site web %1 dans cette base Umami ; ses sites web : %2</translation>
    </message>
    <message>
        <source>no website with the domain %1 in this Umami database; give --website with one of its websites: %2</source>
        <translation>aucun site web avec le domaine %1 dans cette base Umami ; indiquez --website avec un de ses sites web : %2</translation>
    </message>
    <message>
        <source>several websites with the domain %1; give --website with one of: %2</source>
        <translation>plusieurs sites web avec le domaine %1 ; indiquez --website avec l&apos;un d&apos;eux : %2</translation>
    </message>
</context>
<context>
    <name>raycstr::auth::PasswordStore</name>
    <message>
        <source>the password must have at least %1 characters</source>
        <translation>le mot de passe doit avoir au moins %1 caractères</translation>
    </message>
    <message>
        <source>the password must have at most %1 bytes</source>
        <translation>le mot de passe doit faire au plus %1 octets</translation>
    </message>
    <message>
        <source>out of memory while hashing the password</source>
        <translation>mémoire insuffisante pour hacher le mot de passe</translation>
    </message>
    <message>
        <source>cannot store the password: %1</source>
        <translation>impossible d’enregistrer le mot de passe&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>raycstr::auth::TokenStore</name>
    <message>
        <source>no site with id %1</source>
        <translation>aucun site avec l’identifiant %1</translation>
    </message>
    <message>
        <source>cannot store the key: %1</source>
        <translation>impossible d’enregistrer la clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot store the share link: %1</source>
        <translation>impossible d’enregistrer le lien de partage&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot revoke share link %1: %2</source>
        <translation>impossible de révoquer le lien de partage %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>share link %1 is already revoked</source>
        <translation>le lien de partage %1 est déjà révoqué</translation>
    </message>
    <message>
        <source>no share link with id %1</source>
        <translation>aucun lien de partage avec l’identifiant %1</translation>
    </message>
</context>
<context>
    <name>raycstr::cli</name>
    <message>
        <source>Data directory (default: %1).</source>
        <translation>Dossier de données (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>YAML config file; flags override it.</source>
        <translation>Fichier de configuration YAML&#xa0;; les options l’emportent.</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Essayez &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>Language of messages: de, fr, es or en (default: the system&apos;s).</source>
        <translation>Langue des messages : de, fr, es ou en (par défaut : celle du système).</translation>
    </message>
    <message>
        <source>%1: expected %2</source>
        <translation>%1&#xa0;: %2 attendu</translation>
    </message>
    <message>
        <source>%1: expected %2 (got &apos;%3&apos;)</source>
        <translation>%1&#xa0;: %2 attendu (reçu&#xa0;: &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>%1 takes no arguments (got &apos;%2&apos;)</source>
        <translation>%1 ne prend aucun argument (reçu « %2 »)</translation>
    </message>
</context>
<context>
    <name>raycstr::cli::ProgressPrinter</name>
    <message>
        <source>%1 MiB/s  ETA %2</source>
        <translation>%1 Mio/s  reste %2</translation>
    </message>
    <message>
        <source>%1: %2% (%3 of %4 MiB, %5 MiB/s, ETA %6)</source>
        <translation>%1 : %2 % (%3 sur %4 Mio, %5 Mio/s, reste %6)</translation>
    </message>
    <message>
        <source>%1 events/s  ETA %2</source>
        <translation>%1 événements/s  reste %2</translation>
    </message>
    <message>
        <source>%1: %2% (%3 of %4 events, %5 events/s, ETA %6)</source>
        <translation>%1 : %2 % (%3 sur %4 événements, %5 événements/s, reste %6)</translation>
    </message>
    <message>
        <source>%1 days/min  ETA %2</source>
        <translation>%1 jours/min  reste %2</translation>
    </message>
    <message>
        <source>%1: %2% (%3 of %4 days, %5 days/min, ETA %6)</source>
        <translation>%1 : %2% (%3 sur %4 jours, %5 jours/min, reste %6)</translation>
    </message>
</context>
<context>
    <name>raycstr::language</name>
    <message>
        <source>no translation for &apos;%1&apos; (use de, fr, es or en)</source>
        <translation>aucune traduction pour &apos;%1&apos; (utilisez de, fr, es ou en)</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value</source>
        <translation>l’option &apos;%1&apos; attend une valeur</translation>
    </message>
</context>
<context>
    <name>raycstr::report::ReportRenderer</name>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>Direct / none</source>
        <translation>Direct / aucune</translation>
    </message>
    <message>
        <source>Unique visitors</source>
        <translation>Visiteurs uniques</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Pageviews</source>
        <translation>Pages vues</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Taux de rebond</translation>
    </message>
    <message>
        <source>Visit duration</source>
        <translation>Durée de visite</translation>
    </message>
    <message>
        <source>vs. the week before</source>
        <translation>par rapport à la semaine précédente</translation>
    </message>
    <message>
        <source>vs. the month before</source>
        <translation>par rapport au mois précédent</translation>
    </message>
    <message>
        <source>weekly report</source>
        <translation>rapport hebdomadaire</translation>
    </message>
    <message>
        <source>monthly report</source>
        <translation>rapport mensuel</translation>
    </message>
    <message>
        <source>You get this report because the RayCstr server of %1 lists your address. To stop it, reply with &quot;unsubscribe&quot; or ask the site&apos;s owner to take you off its reports.</source>
        <translation>Vous recevez ce rapport parce que le serveur RayCstr de %1 indique votre adresse. Pour ne plus le recevoir, répondez « unsubscribe » ou demandez au propriétaire du site de vous retirer de ses rapports.</translation>
    </message>
    <message>
        <source>Top pages</source>
        <translation>Pages principales</translation>
    </message>
    <message>
        <source>Top sources</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Top countries</source>
        <translation>Pays principaux</translation>
    </message>
    <message>
        <source>Goal conversions</source>
        <translation>Conversions d&apos;objectifs</translation>
    </message>
    <message>
        <source>Visitors per day</source>
        <translation>Visiteurs par jour</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
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
        <translation>&amp;Objectif</translation>
    </message>
    <message>
        <source>One message a day with the day&apos;s conversions</source>
        <translation>Un message par jour avec les conversions du jour</translation>
    </message>
    <message>
        <source>Edit alert</source>
        <translation>Modifier l&apos;alerte</translation>
    </message>
    <message>
        <source>Add alert</source>
        <translation>Ajouter une alerte</translation>
    </message>
    <message>
        <source>Traffic spike</source>
        <translation>Pic de trafic</translation>
    </message>
    <message>
        <source>Traffic drop (the tracker may be broken)</source>
        <translation>Chute du trafic (le traceur est peut-être cassé)</translation>
    </message>
    <message>
        <source>Goal conversion</source>
        <translation>Conversion d&apos;objectif</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>After a message, none for the same alert before this has passed: one incident sends one message.</source>
        <translation>Après un message, aucun autre pour la même alerte avant ce délai : un incident, un message.</translation>
    </message>
    <message>
        <source>you@example.com, team@example.com</source>
        <translation>vous@example.com, equipe@example.com</translation>
    </message>
    <message>
        <source>%1 — enter the URL again to keep it</source>
        <translation>%1 — saisissez à nouveau l&apos;URL pour la garder</translation>
    </message>
    <message>
        <source>https://hooks.slack.com/services/…</source>
        <translation>https://hooks.slack.com/services/…</translation>
    </message>
    <message>
        <source>Slack-compatible (Slack, Mattermost, Discord)</source>
        <translation>Compatible Slack (Slack, Mattermost, Discord)</translation>
    </message>
    <message>
        <source>Plain text (ntfy and others)</source>
        <translation>Texte brut (ntfy et autres)</translation>
    </message>
    <message>
        <source>&amp;Alert on</source>
        <translation>&amp;Alerte sur</translation>
    </message>
    <message>
        <source>&amp;Cool-down</source>
        <translation>&amp;Délai de répit</translation>
    </message>
    <message>
        <source>&amp;E-mail to</source>
        <translation>&amp;E-mail à</translation>
    </message>
    <message>
        <source>&amp;Webhook</source>
        <translation>&amp;Webhook</translation>
    </message>
    <message>
        <source>Webhook &amp;format</source>
        <translation>&amp;Format du webhook</translation>
    </message>
    <message>
        <source>No pageview for</source>
        <translation>Aucune page vue depuis</translation>
    </message>
    <message>
        <source>Current &amp;visitors at least</source>
        <translation>&amp;Visiteurs actuels au moins</translation>
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
            <numerusform>%n visiteur actuel ou plus</numerusform>
            <numerusform>%n visiteurs actuels ou plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal %1 (daily digest)</source>
        <translation>Objectif %1 (résumé quotidien)</translation>
    </message>
    <message>
        <source>Goal %1 (each conversion)</source>
        <translation>Objectif %1 (chaque conversion)</translation>
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
        <translation>Ajoutée ici</translation>
    </message>
    <message>
        <source>Config file (read-only)</source>
        <translation>Fichier de configuration (lecture seule)</translation>
    </message>
    <message>
        <source>Alert when</source>
        <translation>Alerte quand</translation>
    </message>
    <message>
        <source>Cool-down</source>
        <translation>Répit</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Envoyée à</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message numerus="yes">
        <source>%n or more current visitor</source>
        <translation>
            <numerusform>%n visiteur actuel ou plus</numerusform>
            <numerusform>%n visiteurs actuels ou plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No pageview for %n hour</source>
        <translation>
            <numerusform>Aucune page vue depuis %n heure</numerusform>
            <numerusform>Aucune page vue depuis %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No pageview for %n hours</source>
        <translation>
            <numerusform>Aucune page vue depuis %n heure</numerusform>
            <numerusform>Aucune page vue depuis %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail addresses</source>
        <translation>
            <numerusform>%n adresse e-mail</numerusform>
            <numerusform>%n adresses e-mail</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>raycstr::ui::ApiKeysModel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(sans libellé)</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>tous les sites</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administration</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::BreakdownModel</name>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Pageviews</source>
        <translation>Pages vues</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::BreakdownPanel</name>
    <message>
        <source>No data for this period</source>
        <translation>Aucune donnée pour cette période</translation>
    </message>
    <message>
        <source>Click a row to filter the dashboard by it</source>
        <translation>Cliquez sur une ligne pour filtrer le tableau de bord</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Chargement impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Every row, with search and sorting (Ctrl+D)</source>
        <translation>Toutes les lignes, avec recherche et tri (Ctrl+D)</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>Détails de %1</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::ChartMetric</name>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Pageviews</source>
        <translation>Pages vues</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Taux de rebond</translation>
    </message>
    <message>
        <source>Visit duration</source>
        <translation>Durée de visite</translation>
    </message>
    <message>
        <source>Views per visit</source>
        <translation>Pages par visite</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
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
        <translation>Île de l’Ascension</translation>
    </message>
    <message>
        <source>Andorra</source>
        <translation>Andorre</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Émirats arabes unis</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <source>Antigua And Barbuda</source>
        <translation>Antigua-et-Barbuda</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albanie</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Arménie</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Antarctique</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentine</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Samoa américaines</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <source>Aland Islands</source>
        <translation>Îles Åland</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azerbaïdjan</translation>
    </message>
    <message>
        <source>Bosnia And Herzegovina</source>
        <translation>Bosnie-Herzégovine</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbade</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladesh</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarie</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Bahreïn</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Bénin</translation>
    </message>
    <message>
        <source>Saint Barthelemy</source>
        <translation>Saint-Barthélemy</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Bermudes</translation>
    </message>
    <message>
        <source>Brunei</source>
        <translation>Brunei</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Bolivie</translation>
    </message>
    <message>
        <source>Caribbean Netherlands</source>
        <translation>Pays-Bas caribéens</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brésil</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Bhoutan</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Île Bouvet</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botswana</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Biélorussie</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Cocos Islands</source>
        <translation>Îles Cocos</translation>
    </message>
    <message>
        <source>Congo Kinshasa</source>
        <translation>Congo-Kinshasa</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>République centrafricaine</translation>
    </message>
    <message>
        <source>Congo Brazzaville</source>
        <translation>Congo-Brazzaville</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>Ivory Coast</source>
        <translation>Côte d’Ivoire</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Îles Cook</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chili</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Cameroun</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Chine</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombie</translation>
    </message>
    <message>
        <source>Clipperton Island</source>
        <translation>Île Clipperton</translation>
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
        <translation>Cap-Vert</translation>
    </message>
    <message>
        <source>Curacao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Île Christmas</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Chypre</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tchéquie</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Diego Garcia</source>
        <translation>Diego Garcia</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Djibouti</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danemark</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominique</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>République dominicaine</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algérie</translation>
    </message>
    <message>
        <source>Ceuta And Melilla</source>
        <translation>Ceuta et Melilla</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Équateur</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonie</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Égypte</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Sahara occidental</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Érythrée</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Éthiopie</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Union européenne</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlande</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Fidji</translation>
    </message>
    <message>
        <source>Falkland Islands</source>
        <translation>Îles Malouines</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>Micronésie</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Îles Féroé</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabon</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Grenade</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Géorgie</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Guyane française</translation>
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
        <translation>Groenland</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Gambie</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinée</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Guinée équatoriale</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grèce</translation>
    </message>
    <message>
        <source>South Georgia And South Sandwich Islands</source>
        <translation>Géorgie du Sud-et-les Îles Sandwich du Sud</translation>
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
        <translation>Guinée-Bissau</translation>
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
        <translation>Îles Heard-et-MacDonald</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croatie</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haïti</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Hongrie</translation>
    </message>
    <message>
        <source>Canary Islands</source>
        <translation>Îles Canaries</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonésie</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israël</translation>
    </message>
    <message>
        <source>Isle Of Man</source>
        <translation>Île de Man</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Inde</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Territoire britannique de l’océan Indien</translation>
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
        <translation>Islande</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Jamaïque</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Jordanie</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japon</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kirghizstan</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Cambodge</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Comores</translation>
    </message>
    <message>
        <source>Saint Kitts And Nevis</source>
        <translation>Saint-Christophe-et-Niévès</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Corée du Nord</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Corée du Sud</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Koweït</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Îles Caïmans</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazakhstan</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Liban</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>Sainte-Lucie</translation>
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
        <translation>Lituanie</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettonie</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libye</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Maroc</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldavie</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Monténégro</translation>
    </message>
    <message>
        <source>Saint Martin</source>
        <translation>Saint-Martin</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Îles Marshall</translation>
    </message>
    <message>
        <source>Macedonia</source>
        <translation>Macédoine du Nord</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Myanmar (Birmanie)</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongolie</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Macao</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Îles Mariannes du Nord</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Mauritanie</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malte</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>Maurice</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Maldives</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexique</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaisie</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mozambique</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibie</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Nouvelle-Calédonie</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Île Norfolk</translation>
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
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norvège</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Népal</translation>
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
        <translation>Nouvelle-Zélande</translation>
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
        <translation>Pérou</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Polynésie française</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papouasie-Nouvelle-Guinée</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Philippines</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Pologne</translation>
    </message>
    <message>
        <source>Saint Pierre And Miquelon</source>
        <translation>Saint-Pierre-et-Miquelon</translation>
    </message>
    <message>
        <source>Pitcairn</source>
        <translation>Îles Pitcairn</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Porto Rico</translation>
    </message>
    <message>
        <source>Palestinian Territories</source>
        <translation>Territoires palestiniens</translation>
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
        <translation>Qatar</translation>
    </message>
    <message>
        <source>Outlying Oceania</source>
        <translation>régions éloignées de l’Océanie</translation>
    </message>
    <message>
        <source>Reunion</source>
        <translation>La Réunion</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Roumanie</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbie</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Russie</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Rwanda</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Arabie saoudite</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Îles Salomon</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Soudan</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suède</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapour</translation>
    </message>
    <message>
        <source>Saint Helena</source>
        <translation>Sainte-Hélène</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovénie</translation>
    </message>
    <message>
        <source>Svalbard And Jan Mayen</source>
        <translation>Svalbard et Jan Mayen</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovaquie</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>Saint-Marin</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Sénégal</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somalie</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Soudan du Sud</translation>
    </message>
    <message>
        <source>Sao Tome And Principe</source>
        <translation>Sao Tomé-et-Principe</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>Salvador</translation>
    </message>
    <message>
        <source>Sint Maarten</source>
        <translation>Saint-Martin (partie néerlandaise)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Syrie</translation>
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
        <translation>Îles Turques-et-Caïques</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Tchad</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Terres australes françaises</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thaïlande</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tadjikistan</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor oriental</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkménistan</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunisie</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Turquie</translation>
    </message>
    <message>
        <source>Trinidad And Tobago</source>
        <translation>Trinité-et-Tobago</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taïwan</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzanie</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Ouganda</translation>
    </message>
    <message>
        <source>United States Outlying Islands</source>
        <translation>Îles mineures éloignées des États-Unis</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Ouzbékistan</translation>
    </message>
    <message>
        <source>Vatican City</source>
        <translation>État de la Cité du Vatican</translation>
    </message>
    <message>
        <source>Saint Vincent And Grenadines</source>
        <translation>Saint-Vincent-et-les Grenadines</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>British Virgin Islands</source>
        <translation>Îles Vierges britanniques</translation>
    </message>
    <message>
        <source>United States Virgin Islands</source>
        <translation>Îles Vierges des États-Unis</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Viêt Nam</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <source>Wallis And Futuna</source>
        <translation>Wallis-et-Futuna</translation>
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
        <translation>Yémen</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Afrique du Sud</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zambie</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Zimbabwe</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::CustomRangeDialog</name>
    <message>
        <source>Custom period</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::DashboardView</name>
    <message>
        <source>Unique visitors</source>
        <translation>Visiteurs uniques</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Pageviews</source>
        <translation>Pages vues</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Taux de rebond</translation>
    </message>
    <message>
        <source>Visit duration</source>
        <translation>Durée de visite</translation>
    </message>
    <message>
        <source>Views per visit</source>
        <translation>Pages par visite</translation>
    </message>
    <message>
        <source>Top pages</source>
        <translation>Pages principales</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Entry pages</source>
        <translation>Pages d’entrée</translation>
    </message>
    <message>
        <source>Exit pages</source>
        <translation>Pages de sortie</translation>
    </message>
    <message>
        <source>Top sources</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Référents</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>Source UTM</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Browsers</source>
        <translation>Navigateurs</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>Systèmes d’exploitation</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Sans comparaison</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Même période l’an dernier</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Average per conversion: %1</source>
        <translation>Moyenne par conversion : %1</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::DataSource</name>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %1 and its %n events.</source>
        <translation>
            <numerusform>%1 supprimé, avec %n événement.</numerusform>
            <numerusform>%1 supprimé, avec %n événements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key revoked.</source>
        <translation>Clé révoquée.</translation>
    </message>
    <message>
        <source>Added the goal %1.</source>
        <translation>Objectif %1 ajouté.</translation>
    </message>
    <message>
        <source>Goal removed.</source>
        <translation>Objectif supprimé.</translation>
    </message>
    <message>
        <source>Saved the funnel %1.</source>
        <translation>Entonnoir %1 enregistré.</translation>
    </message>
    <message>
        <source>Funnel removed.</source>
        <translation>Entonnoir supprimé.</translation>
    </message>
    <message>
        <source>Alert saved.</source>
        <translation>Alerte enregistrée.</translation>
    </message>
    <message>
        <source>Alert added.</source>
        <translation>Alerte ajoutée.</translation>
    </message>
    <message>
        <source>Alert removed.</source>
        <translation>Alerte supprimée.</translation>
    </message>
    <message>
        <source>The days of %1 now start at midnight in %2.</source>
        <translation>Les journées de %1 commencent désormais à minuit, heure de %2.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::DetailsDialog</name>
    <message>
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <source>%1 — details</source>
        <translation>%1 — détails</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Click a row to filter the dashboard by it</source>
        <translation>Cliquez sur une ligne pour filtrer le tableau de bord</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export every row of this search as a CSV file</source>
        <translation>Exporter toutes les lignes de cette recherche dans un fichier CSV</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Chargement impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>Aucune donnée pour cette période</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Aucun résultat pour « %1 »</translation>
    </message>
    <message>
        <source>Showing %1 of %2 rows</source>
        <translation>%1 lignes sur %2</translation>
    </message>
    <message>
        <source>(sorted among the loaded rows: load more to sort them all)</source>
        <translation>(triées parmi les lignes chargées : chargez-en plus pour tout trier)</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message numerus="yes">
        <source>%n row</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>raycstr::ui::FilterBar</name>
    <message>
        <source>Filtered by</source>
        <translation>Filtré par</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 n’est pas %2</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation>%1 contient %2</translation>
    </message>
    <message>
        <source>%1 does not contain %2</source>
        <translation>%1 ne contient pas %2</translation>
    </message>
    <message>
        <source>%1 matches %2</source>
        <translation>%1 correspond à %2</translation>
    </message>
    <message>
        <source>%1 does not match %2</source>
        <translation>%1 ne correspond pas à %2</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to RayCstr</source>
        <translation>Bienvenue dans RayCstr</translation>
    </message>
    <message>
        <source>Privacy-first analytics that run on this computer. Which site do you want to count?</source>
        <translation>Des statistiques respectueuses de la vie privée, sur cet ordinateur. Quel site voulez-vous mesurer&#xa0;?</translation>
    </message>
    <message>
        <source>Your site&apos;s &amp;domain:</source>
        <translation>&amp;Domaine de votre site&#xa0;:</translation>
    </message>
    <message>
        <source>yoursite.com</source>
        <translation>votresite.fr</translation>
    </message>
    <message>
        <source>No cookies, no IP addresses stored: visitors are counted with a daily-salted hash that cannot be traced back.</source>
        <translation>Ni cookies ni adresses IP enregistrées&#xa0;: les visiteurs sont comptés grâce à un hachage salé chaque jour, impossible à remonter.</translation>
    </message>
    <message>
        <source>Connect to a RayCstr server instead…</source>
        <translation>Se connecter plutôt à un serveur RayCstr…</translation>
    </message>
    <message>
        <source>Where should the collector listen?</source>
        <translation>Où le collecteur doit-il écouter&#xa0;?</translation>
    </message>
    <message>
        <source>Your pages send their events to this address. Keep 127.0.0.1 to try it on this computer; use :8080 (every interface) behind your router or reverse proxy.</source>
        <translation>Vos pages envoient leurs événements à cette adresse. Gardez 127.0.0.1 pour essayer sur cet ordinateur&#xa0;; utilisez&#xa0;:8080 (toutes les interfaces) derrière votre routeur ou votre proxy inverse.</translation>
    </message>
    <message>
        <source>Listen &amp;address:</source>
        <translation>&amp;Adresse d’écoute&#xa0;:</translation>
    </message>
    <message>
        <source>Add this snippet to your site</source>
        <translation>Ajoutez cet extrait à votre site</translation>
    </message>
    <message>
        <source>Paste it into the &lt;head&gt; of every page. Events show up in the live view within a second.</source>
        <translation>Collez-le dans le &lt;head&gt; de chaque page. Les événements apparaissent dans la vue en direct en moins d’une seconde.</translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>Replace the address with the one your visitors reach the collector at (e.g. https://stats.yoursite.com) once it is public.</source>
        <translation>Remplacez l’adresse par celle où vos visiteurs joignent le collecteur (par exemple https://stats.votresite.fr) une fois qu’il est public.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>&amp;Copy snippet</source>
        <translation>&amp;Copier l’extrait</translation>
    </message>
    <message>
        <source>Set up RayCstr</source>
        <translation>Configurer RayCstr</translation>
    </message>
    <message>
        <source>Start collecting</source>
        <translation>Commencer la collecte</translation>
    </message>
    <message>
        <source>Its &amp;time zone:</source>
        <translation>Son &amp;fuseau horaire :</translation>
    </message>
    <message>
        <source>Where the site&apos;s days start in every report: choose where most of your visitors, or you, live.</source>
        <translation>Où commencent les journées du site dans chaque rapport : choisissez là où vivent la plupart de vos visiteurs, ou vous-même.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::FunnelChart</name>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Dropped off</source>
        <translation>Abandons</translation>
    </message>
    <message>
        <source>1 visitor</source>
        <translation>1 visiteur</translation>
    </message>
    <message numerus="yes">
        <source>%1 visitors</source>
        <comment>%1: the count, abbreviated</comment>
        <translation>
            <numerusform>%1 visiteur</numerusform>
            <numerusform>%1 visiteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>entered the funnel</source>
        <translation>entrés dans l’entonnoir</translation>
    </message>
    <message>
        <source>%1 · %2 dropped</source>
        <translation>%1 · %2 abandons</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::FunnelEditor</name>
    <message>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Funnels</source>
        <translation>Entonnoirs</translation>
    </message>
    <message>
        <source>Saved funnels</source>
        <translation>Entonnoirs enregistrés</translation>
    </message>
    <message>
        <source>New funnel</source>
        <translation>Nouvel entonnoir</translation>
    </message>
    <message>
        <source>Import YAML…</source>
        <translation>Importer du YAML…</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>Export YAML…</source>
        <translation>Exporter en YAML…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Sign-up flow</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Funnel name</source>
        <translation>Nom de l’entonnoir</translation>
    </message>
    <message>
        <source>Funnel steps</source>
        <translation>Étapes de l’entonnoir</translation>
    </message>
    <message>
        <source>Drag steps to reorder them; F2 or a double click edits a step</source>
        <translation>Faites glisser les étapes pour les réordonner&#xa0;; F2 ou un double clic modifie une étape</translation>
    </message>
    <message>
        <source>New step kind</source>
        <translation>Type de la nouvelle étape</translation>
    </message>
    <message>
        <source>New step path or event</source>
        <translation>Chemin ou événement de la nouvelle étape</translation>
    </message>
    <message>
        <source>New step label</source>
        <translation>Libellé de la nouvelle étape</translation>
    </message>
    <message>
        <source>Label (optional)</source>
        <translation>Libellé (facultatif)</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Flèche haut</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Flèche bas</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Funnel conversion</source>
        <translation>Conversion de l’entonnoir</translation>
    </message>
    <message>
        <source>Event name, e.g. Signup</source>
        <translation>Nom de l’événement, par exemple Signup</translation>
    </message>
    <message>
        <source>Path: /pricing, /blog/*, /docs/**</source>
        <translation>Chemin&#xa0;: /pricing, /blog/*, /docs/**</translation>
    </message>
    <message>
        <source>Import a funnel</source>
        <translation>Importer un entonnoir</translation>
    </message>
    <message>
        <source>Funnel files (*.yaml *.yml);;All files (*)</source>
        <translation>Fichiers d’entonnoir (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the funnel</source>
        <translation>Exporter l’entonnoir</translation>
    </message>
    <message>
        <source>Funnel files (*.yaml *.yml)</source>
        <translation>Fichiers d’entonnoir (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Could not preview: %1</source>
        <translation>Aperçu impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Enregistrement impossible&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>A funnel has at most %1 steps.</source>
        <translation>Un entonnoir a au plus %1 étapes.</translation>
    </message>
    <message>
        <source>Another funnel is named “%1” already.</source>
        <translation>Un autre entonnoir s’appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Delete funnel</source>
        <translation>Supprimer l’entonnoir</translation>
    </message>
    <message>
        <source>Delete the funnel “%1”? Its events stay.</source>
        <translation>Supprimer l’entonnoir «&#xa0;%1&#xa0;»&#xa0;? Ses événements sont conservés.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n steps; Save keeps them.</source>
        <translation>
            <numerusform>%n étape importée&#xa0;; Enregistrer la conserve.</numerusform>
            <numerusform>%n étapes importées&#xa0;; Enregistrer les conserve.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Add at least %1 steps to see the funnel</source>
        <translation>Ajoutez au moins %1 étapes pour voir l’entonnoir</translation>
    </message>
    <message>
        <source>%1 conversion · %2 → %3 visitors</source>
        <translation>%1 de conversion · %2 → %3 visiteurs</translation>
    </message>
    <message>
        <source>No funnels yet. A funnel counts the visitors who go through steps in order, e.g. / → /pricing → Signup. Name one on the right, add its steps and save it.</source>
        <translation>Aucun entonnoir pour l’instant. Un entonnoir compte les visiteurs qui passent par des étapes dans l’ordre, p. ex. / → /pricing → Signup. Nommez-en un à droite, ajoutez ses étapes et enregistrez-le.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::FunnelStepDelegate</name>
    <message>
        <source>Event name</source>
        <translation>Nom de l’événement</translation>
    </message>
    <message>
        <source>/path, /blog/*, /docs/**</source>
        <translation>/chemin, /blog/*, /docs/**</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::FunnelStepsModel</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>A path: /blog/* matches one segment, /docs/** anything below</source>
        <translation>Un chemin&#xa0;: /blog/* correspond à un segment, /docs/** à tout ce qui suit</translation>
    </message>
    <message>
        <source>A custom event&apos;s name, as the site sends it</source>
        <translation>Le nom d’un événement personnalisé, tel que le site l’envoie</translation>
    </message>
    <message>
        <source>Drag to reorder (or Alt+Up / Alt+Down)</source>
        <translation>Faites glisser pour réordonner (ou Alt+Flèche haut / Alt+Flèche bas)</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Path or event</source>
        <translation>Chemin ou événement</translation>
    </message>
    <message>
        <source>Label (optional)</source>
        <translation>Libellé (facultatif)</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::GoalsModel</name>
    <message>
        <source>%1 — click to show only the visits that converted</source>
        <translation>%1 — cliquez pour n’afficher que les visites converties</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Uniques</source>
        <translation>Uniques</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>CR</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenu</translation>
    </message>
    <message>
        <source>Average</source>
        <comment>revenue per conversion</comment>
        <translation>Moyenne</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::GoalsPanel</name>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Ajouter un objectif…</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Retour</translation>
    </message>
    <message>
        <source>Custom events</source>
        <translation>Événements personnalisés</translation>
    </message>
    <message>
        <source>Count the visits that reach a page or send an event</source>
        <translation>Compter les visites qui atteignent une page ou envoient un événement</translation>
    </message>
    <message>
        <source>Click a goal to show only the visits that converted</source>
        <translation>Cliquez sur un objectif pour n’afficher que les visites converties</translation>
    </message>
    <message>
        <source>No goals yet. Add one to count the visits that reach a page or send an event.</source>
        <translation>Aucun objectif pour l’instant. Ajoutez-en un pour compter les visites qui atteignent une page ou envoient un événement.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Supprimer l’objectif</translation>
    </message>
    <message>
        <source>Remove the goal “%1”? Its events stay.</source>
        <translation>Supprimer l’objectif «&#xa0;%1&#xa0;»&#xa0;? Ses événements sont conservés.</translation>
    </message>
    <message>
        <source>No custom events in this period</source>
        <translation>Aucun événement personnalisé sur cette période</translation>
    </message>
    <message>
        <source>“%1” has no properties in this period</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de propriétés sur cette période</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Chargement impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>All events › %1</source>
        <translation>Tous les événements › %1</translation>
    </message>
    <message>
        <source>All events › %1 › %2</source>
        <translation>Tous les événements › %1 › %2</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Custom event</source>
        <translation>Événement personnalisé</translation>
    </message>
    <message>
        <source>Page visit</source>
        <translation>Visite d’une page</translation>
    </message>
    <message>
        <source>Signup, or /thank-you, /blog/**</source>
        <translation>Signup, ou /merci, /blog/**</translation>
    </message>
    <message>
        <source>Optional: defaults to the event or path</source>
        <translation>Facultatif&#xa0;: par défaut l’événement ou le chemin</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Matches</source>
        <translation>&amp;Correspond à</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Every row, with search and sorting (Ctrl+D)</source>
        <translation>Toutes les lignes, avec recherche et tri (Ctrl+D)</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::ImportDialog</name>
    <message>
        <source>Web server access logs (nginx, Apache)</source>
        <translation>Journaux d’accès du serveur web (nginx, Apache)</translation>
    </message>
    <message>
        <source>Combined or common format, or an nginx log_format; .gz files too. Several files are read in time order, through the same privacy pipeline as live hits (addresses are never stored).</source>
        <translation>Format combined ou common, ou un log_format de nginx ; fichiers .gz aussi. Plusieurs fichiers sont lus dans l’ordre chronologique, par le même traitement respectueux de la vie privée que les visites en direct (aucune adresse n’est enregistrée).</translation>
    </message>
    <message>
        <source>Access logs (*.log *.gz *.1 access*);;All files (*)</source>
        <translation>Journaux d’accès (*.log *.gz *.1 access*);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>GoatCounter CSV export</source>
        <translation>Export CSV de GoatCounter</translation>
    </message>
    <message>
        <source>The CSV export of GoatCounter (format version 2): one file.</source>
        <translation>L’export CSV de GoatCounter (format version 2) : un seul fichier.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.csv.gz *.gz);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.csv.gz *.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Plausible CSV export (zip or folder)</source>
        <translation>Export CSV de Plausible (zip ou dossier)</translation>
    </message>
    <message>
        <source>Plausible&apos;s Settings → Imports &amp; Exports → Export: the zip, or the folder it unpacks to. Daily totals, added to the reports.</source>
        <translation>Dans Plausible : Paramètres → Imports &amp; Exports → Export : le zip, ou le dossier décompressé. Des totaux quotidiens, ajoutés aux rapports.</translation>
    </message>
    <message>
        <source>Zip files (*.zip);;All files (*)</source>
        <translation>Fichiers zip (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Google Analytics 4 reports (JSON, folder or zip)</source>
        <translation>Rapports Google Analytics 4 (JSON, dossier ou zip)</translation>
    </message>
    <message>
        <source>Data API runReport responses: one file per report (daily visitors, pages, sources, countries, devices…), or a folder or zip of them.</source>
        <translation>Réponses runReport de la Data API : un fichier par rapport (visiteurs quotidiens, pages, sources, pays, appareils…), ou un dossier ou un zip qui les contient.</translation>
    </message>
    <message>
        <source>Reports (*.json *.zip);;All files (*)</source>
        <translation>Rapports (*.json *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Google Analytics 4 BigQuery export (NDJSON)</source>
        <translation>Export BigQuery de Google Analytics 4 (NDJSON)</translation>
    </message>
    <message>
        <source>The events_YYYYMMDD tables exported as newline-delimited JSON (.gz too): raw events, filterable like live ones.</source>
        <translation>Les tables events_YYYYMMDD exportées en JSON délimité par des sauts de ligne (.gz aussi) : des événements bruts, filtrables comme ceux en direct.</translation>
    </message>
    <message>
        <source>BigQuery exports (*.ndjson *.json *.jsonl *.gz);;All files (*)</source>
        <translation>Exports BigQuery (*.ndjson *.json *.jsonl *.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importer l’historique</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Choose the files or folder to import</source>
        <translation>Choisissez les fichiers ou le dossier à importer</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>Fichiers…</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Fichiers</translation>
    </message>
    <message>
        <source>combined, common, or an nginx log_format string such as $remote_addr - $remote_user [$time_local] &quot;$request&quot; …</source>
        <translation>combined, common, ou un log_format de nginx comme $remote_addr - $remote_user [$time_local] &quot;$request&quot; …</translation>
    </message>
    <message>
        <source>Log &amp;format</source>
        <translation>&amp;Format du journal</translation>
    </message>
    <message>
        <source>In&amp;to site</source>
        <translation>Dans le si&amp;te</translation>
    </message>
    <message>
        <source>The collector pauses while importing. Days that already hold data, and today, are left out; the same files again replace the earlier import.</source>
        <translation>Le collecteur se met en pause pendant l’import. Les jours qui ont déjà des données, et aujourd’hui, sont laissés de côté ; les mêmes fichiers importés à nouveau remplacent l’import précédent.</translation>
    </message>
    <message>
        <source>Cancel stops at the next day: the days finished so far are kept, and importing the same files again finishes the import.</source>
        <translation>Annuler s’arrête au jour suivant : les jours déjà terminés sont conservés, et importer à nouveau les mêmes fichiers termine l’import.</translation>
    </message>
    <message>
        <source>Nothing to import into: start this computer&apos;s collector first.</source>
        <translation>Rien où importer : démarrez d’abord le collecteur de cet ordinateur.</translation>
    </message>
    <message>
        <source>Importing %1 into %2…</source>
        <translation>Import de %1 dans %2…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Stopping after the day in hand…</source>
        <translation>Arrêt après le jour en cours…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>%1 MB of %2 MB</source>
        <translation>%1 Mo sur %2 Mo</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 Mo/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>encore environ %1</translation>
    </message>
    <message>
        <source>Went on with import %1 (its finished days kept).</source>
        <translation>Import %1 poursuivi (ses jours terminés sont conservés).</translation>
    </message>
    <message>
        <source>Replaced import %1 (the same files).</source>
        <translation>Import %1 remplacé (les mêmes fichiers).</translation>
    </message>
    <message>
        <source>Days: %1 – %2.</source>
        <translation>Jours : %1 – %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported into %1&lt;/b&gt; in %2.</source>
        <translation>&lt;b&gt;Importé dans %1&lt;/b&gt; en %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n daily aggregates written</source>
        <translation>
            <numerusform>%n agrégat quotidien écrit</numerusform>
            <numerusform>%n agrégats quotidiens écrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events written</source>
        <translation>
            <numerusform>%n événement écrit</numerusform>
            <numerusform>%n événements écrits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows read, %2.</source>
        <translation>%1 lignes lues, %2.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>rows skipped, reason</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Ignorées : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n days that already had data.</source>
        <translation>
            <numerusform>%n jour qui avait déjà des données laissé de côté.</numerusform>
            <numerusform>%n jours qui avaient déjà des données laissés de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new was written: every day of the input already had data, or is today.</source>
        <translation>Rien de nouveau n’a été écrit : chaque jour de l’entrée avait déjà des données, ou est aujourd’hui.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped&lt;/b&gt; before anything was written.</source>
        <translation>&lt;b&gt;Arrêté&lt;/b&gt; avant que quoi que ce soit ne soit écrit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped.&lt;/b&gt; Import %1 kept its finished days; import the same files again to finish it.</source>
        <translation>&lt;b&gt;Arrêté.&lt;/b&gt; L’import %1 a conservé ses jours terminés ; importez à nouveau les mêmes fichiers pour le terminer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The import failed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;L’import a échoué.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing of this import was kept.</source>
        <translation>Rien de cet import n’a été conservé.</translation>
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
        <translation>journaux d’accès</translation>
    </message>
    <message>
        <source>Includes imported data from %1, %2 – %3</source>
        <translation>Inclut des données importées de %1, %2 – %3</translation>
    </message>
    <message>
        <source>Includes imported data</source>
        <translation>Inclut des données importées</translation>
    </message>
    <message>
        <source>Imported data is left out of hourly views: it holds daily totals.</source>
        <translation>Les données importées sont absentes des vues horaires : elles contiennent des totaux quotidiens.</translation>
    </message>
    <message>
        <source>Imported data is left out here: its daily totals cannot answer this filter (one filter on a dimension it carries can).</source>
        <translation>Les données importées sont absentes ici : leurs totaux quotidiens ne peuvent pas répondre à ce filtre (un filtre sur une dimension qu’elles contiennent le peut).</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::KeychainSecretStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation>Trousseau macOS</translation>
    </message>
    <message>
        <source>Windows Credential Store</source>
        <translation>Gestionnaire d’identification Windows</translation>
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
        <translation>pas de données antérieures</translation>
    </message>
    <message>
        <source>%1 %2% vs previous</source>
        <translation>%1 %2&#xa0;% vs période préc.</translation>
    </message>
    <message>
        <source>%1 %2% vs last year</source>
        <translation>%1 %2&#xa0;% vs l’an dernier</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::LiveFeedModel</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Custom event</source>
        <translation>Événement personnalisé</translation>
    </message>
    <message>
        <source>Pageview</source>
        <translation>Page vue</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Page or event</source>
        <translation>Page ou événement</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::LiveView</name>
    <message>
        <source>Pageviews</source>
        <translation>Pages vues</translation>
    </message>
    <message>
        <source>Visitors right now</source>
        <translation>Visiteurs en ce moment</translation>
    </message>
    <message>
        <source>in the last 5 minutes</source>
        <translation>ces 5 dernières minutes</translation>
    </message>
    <message>
        <source>Pageviews per minute, last 30 minutes</source>
        <translation>Pages vues par minute, 30 dernières minutes</translation>
    </message>
    <message>
        <source>Pages being viewed</source>
        <translation>Pages consultées</translation>
    </message>
    <message>
        <source>Live feed</source>
        <translation>Flux en direct</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>Waiting for the next visit: each pageview and event shows up here the moment it arrives. Nothing arrives until the tracker snippet is on the site&apos;s pages.</source>
        <translation>En attente de la prochaine visite&#xa0;: chaque page vue et chaque événement s’affiche ici dès son arrivée. Rien n’arrive tant que l’extrait de suivi n’est pas sur les pages du site.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::LocalDataSource</name>
    <message>
        <source>No site %1.</source>
        <translation>Aucun site %1.</translation>
    </message>
    <message>
        <source>Local data in %1</source>
        <translation>Données locales dans %1</translation>
    </message>
    <message>
        <source>No alert %1 on %2.</source>
        <translation>Aucune alerte %1 sur %2.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Set up the mail server (SMTP) first.</source>
        <translation>Configurez d&apos;abord le serveur de messagerie (SMTP).</translation>
    </message>
    <message>
        <source>Name at least one recipient.</source>
        <translation>Indiquez au moins un destinataire.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>A report is sent weekly or monthly.</source>
        <translation>Un rapport est envoyé chaque semaine ou chaque mois.</translation>
    </message>
    <message>
        <source>The report and mail settings of this computer are the app&apos;s.</source>
        <translation>Les réglages de rapports et de messagerie de cet ordinateur sont ceux de l’application.</translation>
    </message>
    <message>
        <source>Unknown import source &apos;%1&apos;.</source>
        <translation>Source d’import inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Choose what to import.</source>
        <translation>Choisissez ce qu’il faut importer.</translation>
    </message>
    <message>
        <source>%1
Pause the collector first: an import needs the data folder to itself.</source>
        <translation>%1
Mettez d’abord le collecteur en pause : un import a besoin du dossier de données pour lui seul.</translation>
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
        <translation>Site</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Funnels</source>
        <translation>Entonnoirs</translation>
    </message>
    <message>
        <source>Listen address: %1</source>
        <translation>Adresse d’écoute&#xa0;: %1</translation>
    </message>
    <message>
        <source>Starting the collector…</source>
        <translation>Démarrage du collecteur…</translation>
    </message>
    <message>
        <source>Collecting on %1</source>
        <translation>Collecte sur %1</translation>
    </message>
    <message>
        <source>Collector stopped: %1</source>
        <translation>Collecteur arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source> (no keychain: the key is kept for this session only)</source>
        <translation> (pas de trousseau&#xa0;: la clé n’est conservée que pour cette session)</translation>
    </message>
    <message>
        <source>Not running (remote mode)</source>
        <translation>Arrêté (mode serveur distant)</translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n event today</source>
        <translation>
            <numerusform>  ·  %n événement aujourd’hui</numerusform>
            <numerusform>  ·  %n événements aujourd’hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ·  %Ln events today</source>
        <translation>
            <numerusform>  ·  %Ln événement aujourd’hui</numerusform>
            <numerusform>  ·  %Ln événements aujourd’hui</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a server: showing the local collector.</source>
        <translation>Non connecté à un serveur : affichage du collecteur local.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Direct</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Funnels</source>
        <translation>&amp;Entonnoirs</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About RayCstr</source>
        <translation>À &amp;propos de RayCstr</translation>
    </message>
    <message>
        <source>About RayCstr</source>
        <translation>À propos de RayCstr</translation>
    </message>
    <message>
        <source>&lt;b&gt;RayCstr %1&lt;/b&gt;&lt;p&gt;Privacy-first web analytics: no cookies, no IP addresses stored.&lt;/p&gt;&lt;p&gt;MIT licence. Country data: CC BY 4.0 (NRO).&lt;/p&gt;</source>
        <translation>&lt;b&gt;RayCstr %1&lt;/b&gt;&lt;p&gt;Statistiques web respectueuses de la vie privée : aucun cookie, aucune adresse IP enregistrée.&lt;/p&gt;&lt;p&gt;Licence MIT. Données des pays : CC BY 4.0 (NRO).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open RayCstr</source>
        <translation>&amp;Ouvrir RayCstr</translation>
    </message>
    <message>
        <source>&amp;Pause collecting</source>
        <translation>&amp;Suspendre la collecte</translation>
    </message>
    <message>
        <source>&amp;Resume collecting</source>
        <translation>&amp;Reprendre la collecte</translation>
    </message>
    <message>
        <source>RayCstr keeps collecting</source>
        <translation>RayCstr continue la collecte</translation>
    </message>
    <message>
        <source>RayCstr is still running in the tray. Quit it from the tray menu or with Ctrl+Q.</source>
        <translation>RayCstr continue de tourner dans la zone de notification. Quittez-le depuis son menu ou avec Ctrl+Q.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Paused: not collecting (trackers get no answer until you resume)</source>
        <translation>En pause&#xa0;: aucune collecte (les traceurs n’obtiennent pas de réponse jusqu’à la reprise)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Reports and alerts</source>
        <translation>Rapports et alertes</translation>
    </message>
    <message>
        <source>&amp;Export dashboard…</source>
        <translation>&amp;Exporter le tableau de bord…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Import… (on the server: raycstr-server import)</source>
        <translation>&amp;Importer… (sur le serveur : raycstr-server import)</translation>
    </message>
    <message>
        <source>Bring history from another tool</source>
        <translation>Reprendre l’historique d’un autre outil</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::MemorySecretStore</name>
    <message>
        <source>this session only (no keychain available)</source>
        <translation>cette session seulement (aucun trousseau disponible)</translation>
    </message>
    <message>
        <source>No key stored for this session.</source>
        <translation>Aucune clé enregistrée pour cette session.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::PeriodPicker</name>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Période personnalisée…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
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
        <translation>Se connecter à un serveur RayCstr</translation>
    </message>
    <message>
        <source>Server &amp;URL</source>
        <translation>&amp;URL du serveur</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Clé d’API</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>The key is kept in your system keychain.</source>
        <translation>La clé est conservée dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>No keychain is available on this system: the key is kept for this session only and asked for again next time. It is never written to disk.</source>
        <translation>Aucun trousseau n’est disponible sur ce système&#xa0;: la clé n’est conservée que pour cette session et sera redemandée la prochaine fois. Elle n’est jamais écrite sur le disque.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Show the statistics of a headless raycstr-server, e.g. on your VPS. Create a key there with &apos;raycstr-server token create&apos;: the app then offers every site the key may read.</source>
        <translation>Afficher les statistiques d’un raycstr-server sans interface, par exemple sur votre VPS. Créez-y une clé avec « raycstr-server token create » : l’application propose alors chaque site que la clé peut lire.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::RemoteDataSource</name>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>The server answered %1: %2</source>
        <translation>Le serveur a répondu %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not available from a remote server.</source>
        <translation>Indisponible depuis un serveur distant.</translation>
    </message>
    <message>
        <source>The server refused the key (HTTP 401): check it, or create one with &apos;raycstr-server token create&apos;.</source>
        <translation>Le serveur a refusé la clé (HTTP 401) : vérifiez-la ou créez-en une avec &apos;raycstr-server token create&apos;.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Impossible de joindre le serveur : %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server address such as https://stats.example.com</source>
        <translation>« %1 » n’est pas une adresse de serveur comme https://stats.example.com</translation>
    </message>
    <message>
        <source>The key may not read %1.</source>
        <translation>La clé ne peut pas lire %1.</translation>
    </message>
    <message>
        <source>The server has no site %1 (or it is not a RayCstr server).</source>
        <translation>Le serveur n’a pas de site %1 (ou ce n’est pas un serveur RayCstr).</translation>
    </message>
    <message>
        <source>Alert rules need an admin key on the server; this key may only read statistics.</source>
        <translation>Les alertes nécessitent une clé d&apos;administration du serveur ; cette clé ne peut que lire les statistiques.</translation>
    </message>
    <message>
        <source>This alert is in the server&apos;s config file: test it there with &apos;raycstr-server alert test&apos;.</source>
        <translation>Cette alerte se trouve dans le fichier de configuration du serveur : testez-la là-bas avec « raycstr-server alert test ».</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>The server&apos;s e-mail reports need an admin key on the server; this key may only read statistics.</source>
        <translation>Les rapports par e-mail du serveur demandent une clé d’administration du serveur ; cette clé ne peut que lire les statistiques.</translation>
    </message>
    <message>
        <source>The server did not say it was sent.</source>
        <translation>Le serveur n’a pas confirmé l’envoi.</translation>
    </message>
    <message>
        <source>The key may read no site on this server.</source>
        <translation>La clé ne peut lire aucun site sur ce serveur.</translation>
    </message>
    <message>
        <source>Imports run on the server: &apos;raycstr-server import --from SOURCE --site DOMAIN FILE…&apos; (with the server stopped).</source>
        <translation>Les imports se font sur le serveur : « raycstr-server import --from SOURCE --site DOMAIN FILE… » (serveur arrêté).</translation>
    </message>
    <message>
        <source>Changing a site&apos;s time zone needs an admin key on the server; this key may only read statistics.</source>
        <translation>Changer le fuseau horaire d’un site demande une clé d’administration du serveur ; cette clé ne peut que lire les statistiques.</translation>
    </message>
    <message>
        <source>The server does not list its sites (a version before /api/sites, or not a RayCstr server): name the sites to show.</source>
        <translation>Le serveur ne liste pas ses sites (une version antérieure à /api/sites, ou pas un serveur RayCstr) : nommez les sites à afficher.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::ReportsAlertsView</name>
    <message>
        <source>Add alert…</source>
        <translation>Ajouter une alerte…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Send a test</source>
        <translation>Envoyer un test</translation>
    </message>
    <message>
        <source>Send this site&apos;s report by e-mail</source>
        <translation>Envoyer le rapport de ce site par e-mail</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Send the selected alert&apos;s test message now, by e-mail and webhook</source>
        <translation>Envoyer maintenant le message de test de l&apos;alerte choisie, par e-mail et webhook</translation>
    </message>
    <message>
        <source>E-mail report</source>
        <translation>Rapport par e-mail</translation>
    </message>
    <message>
        <source>Weekly (Mondays)</source>
        <translation>Hebdomadaire (le lundi)</translation>
    </message>
    <message>
        <source>Monthly (on the 1st)</source>
        <translation>Mensuel (le 1er)</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Fréquence</translation>
    </message>
    <message>
        <source>:00</source>
        <translation> h 00</translation>
    </message>
    <message>
        <source>The hour in the site&apos;s time zone</source>
        <translation>L&apos;heure dans le fuseau horaire du site</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;À</translation>
    </message>
    <message>
        <source>you@example.com, team@example.com</source>
        <translation>vous@example.com, equipe@example.com</translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation>&amp;Destinataires</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Send the last complete week&apos;s (or month&apos;s) report to the recipients now</source>
        <translation>Envoyer maintenant aux destinataires le rapport de la dernière semaine (ou du dernier mois) complète</translation>
    </message>
    <message>
        <source>Mail server (SMTP)</source>
        <translation>Serveur de messagerie (SMTP)</translation>
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
        <translation>&amp;Hôte</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>TLS dès le début (port 465)</translation>
    </message>
    <message>
        <source>None (a relay on this machine only)</source>
        <translation>Aucune (uniquement un relais sur cette machine)</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sécurité</translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation>vide : sans connexion</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>RayCstr &lt;stats@example.com&gt;</source>
        <translation>RayCstr &lt;stats@example.com&gt;</translation>
    </message>
    <message>
        <source>&amp;Sender</source>
        <translation>&amp;Expéditeur</translation>
    </message>
    <message>
        <source>optional: a private mail server&apos;s CA (PEM)</source>
        <translation>facultatif : l&apos;AC d&apos;un serveur de messagerie privé (PEM)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&amp;CA certificate</source>
        <translation>&amp;Certificat d&apos;AC</translation>
    </message>
    <message>
        <source>The password is kept in %1, never in RayCstr&apos;s settings.</source>
        <translation>Le mot de passe est conservé dans %1, jamais dans les réglages de RayCstr.</translation>
    </message>
    <message>
        <source>No keychain: the password is kept for this session only.</source>
        <translation>Pas de trousseau : le mot de passe n&apos;est conservé que pour cette session.</translation>
    </message>
    <message>
        <source>Save the report and mail settings; the collector restarts with them</source>
        <translation>Enregistrer les réglages du rapport et de la messagerie ; le collecteur redémarre avec eux</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat d&apos;AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>Certificats PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>No site.</source>
        <translation>Aucun site.</translation>
    </message>
    <message>
        <source>Could not load the alerts: %1</source>
        <translation>Impossible de charger les alertes : %1</translation>
    </message>
    <message>
        <source>No alerts for %1 yet: add one to hear of a traffic spike, a silent tracker or a conversion.</source>
        <translation>Pas encore d&apos;alerte pour %1 : ajoutez-en une pour être prévenu d&apos;un pic de trafic, d&apos;un traceur muet ou d&apos;une conversion.</translation>
    </message>
    <message>
        <source>Remove alert</source>
        <translation>Supprimer l&apos;alerte</translation>
    </message>
    <message>
        <source>Remove the alert “%1”?</source>
        <translation>Supprimer l&apos;alerte « %1 » ?</translation>
    </message>
    <message>
        <source>The test was not sent: %1</source>
        <translation>Le test n&apos;a pas été envoyé : %1</translation>
    </message>
    <message>
        <source>Select the alert to test.</source>
        <translation>Choisissez l&apos;alerte à tester.</translation>
    </message>
    <message>
        <source>Sending a test of the alert…</source>
        <translation>Envoi d&apos;un test de l&apos;alerte…</translation>
    </message>
    <message>
        <source>Test alert sent to %1.</source>
        <translation>Alerte de test envoyée à %1.</translation>
    </message>
    <message>
        <source>Sending a test report…</source>
        <translation>Envoi d&apos;un rapport de test…</translation>
    </message>
    <message>
        <source>Test report sent to %1.</source>
        <translation>Rapport de test envoyé à %1.</translation>
    </message>
    <message>
        <source>Report and mail settings saved.</source>
        <translation>Réglages du rapport et de la messagerie enregistrés.</translation>
    </message>
    <message>
        <source>Connected to a server: its alerts change through its alerts API, and its e-mail reports and mail server are read from its config file (reports:, smtp:) and shown here read-only: change them on the server. Send a test goes through the server with its mail settings; the recipients, period and language here are for the test only. All of this needs an admin key.</source>
        <translation>Connecté à un serveur : ses alertes se modifient par son API d’alertes, et ses rapports par e-mail et son serveur de messagerie sont lus dans son fichier de configuration (reports:, smtp:) et affichés ici en lecture seule : modifiez-les sur le serveur. « Envoyer un test » passe par le serveur avec ses réglages de messagerie ; les destinataires, la période et la langue indiqués ici ne servent qu’au test. Tout cela demande une clé d’administration.</translation>
    </message>
    <message>
        <source>Could not read the server&apos;s report settings: %1</source>
        <translation>Impossible de lire les réglages de rapports du serveur : %1</translation>
    </message>
    <message>
        <source>set on the server</source>
        <translation>défini sur le serveur</translation>
    </message>
    <message>
        <source>none on the server</source>
        <translation>aucun sur le serveur</translation>
    </message>
    <message>
        <source>The server has no mail server (smtp:) in its config file.</source>
        <translation>Le serveur n’a pas de serveur de messagerie (smtp:) dans son fichier de configuration.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::SettingsView</name>
    <message>
        <source>Add site</source>
        <translation>Ajouter le site</translation>
    </message>
    <message>
        <source>Embedded collector</source>
        <translation>Collecteur intégré</translation>
    </message>
    <message>
        <source>Where the collector takes events: 127.0.0.1:8080 for this machine only, :8080 for every network interface.</source>
        <translation>Où le collecteur reçoit les événements&#xa0;: 127.0.0.1:8080 pour cette machine seulement,&#xa0;:8080 pour toutes les interfaces réseau.</translation>
    </message>
    <message>
        <source>Listen &amp;address</source>
        <translation>&amp;Adresse d’écoute</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Data folder</source>
        <translation>&amp;Dossier de données</translation>
    </message>
    <message>
        <source>none found: countries unknown</source>
        <translation>aucune trouvée&#xa0;: pays inconnus</translation>
    </message>
    <message>
        <source>&amp;GeoIP database</source>
        <translation>Base &amp;GeoIP</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <comment>after the number of days</comment>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Raw events older than this are deleted; the daily rollups behind the dashboard are kept.</source>
        <translation>Les événements bruts plus anciens sont supprimés&#xa0;; les agrégats quotidiens du tableau de bord sont conservés.</translation>
    </message>
    <message>
        <source>&amp;Keep raw events for</source>
        <translation>&amp;Conserver les événements bruts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Show the statistics of a headless raycstr-server (e.g. on your VPS)</source>
        <translation>Afficher les statistiques d’un raycstr-server sans interface (par exemple sur votre VPS)</translation>
    </message>
    <message>
        <source>Apply and restart collector</source>
        <translation>Appliquer et redémarrer le collecteur</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>yoursite.com</source>
        <translation>votresite.fr</translation>
    </message>
    <message>
        <source>New site domain</source>
        <translation>Domaine du nouveau site</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés d’API</translation>
    </message>
    <message>
        <source>Keys let scripts and other RayCstr apps read your statistics over the stats API. A key is shown once, when it is created.</source>
        <translation>Les clés permettent à des scripts et à d’autres applications RayCstr de lire vos statistiques via l’API. Une clé n’est affichée qu’une fois, à sa création.</translation>
    </message>
    <message>
        <source>Label, e.g. &quot;laptop&quot;</source>
        <translation>Libellé, par exemple «&#xa0;portable&#xa0;»</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Créer une clé</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Takes effect when RayCstr is restarted.</source>
        <translation>Prend effet au redémarrage de RayCstr.</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;Langue de l’interface</translation>
    </message>
    <message>
        <source>Connected to a remote server: manage its sites and keys on the server with &apos;raycstr-server site&apos; and &apos;raycstr-server token&apos;.</source>
        <translation>Connecté à un serveur distant&#xa0;: gérez ses sites et ses clés sur le serveur avec &apos;raycstr-server site&apos; et &apos;raycstr-server token&apos;.</translation>
    </message>
    <message>
        <source>Use this computer&apos;s collector instead</source>
        <translation>Utiliser plutôt le collecteur de cet ordinateur</translation>
    </message>
    <message>
        <source>The new language is used when RayCstr is restarted.</source>
        <translation>La nouvelle langue s’appliquera au redémarrage de RayCstr.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>GeoIP database</source>
        <translation>Base GeoIP</translation>
    </message>
    <message>
        <source>MaxMind databases (*.mmdb)</source>
        <translation>Bases MaxMind (*.mmdb)</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>Supprimer le site</translation>
    </message>
    <message>
        <source>Stop tracking %1 and delete all its data?</source>
        <translation>Cesser de suivre %1 et supprimer toutes ses données&#xa0;?</translation>
    </message>
    <message>
        <source>New key (copy it now, it is not shown again): &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Nouvelle clé (copiez-la maintenant, elle ne sera plus affichée)&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Adresse d’écoute</translation>
    </message>
    <message>
        <source>The collector moved from %1 to %2: update the snippet on your sites.</source>
        <translation>Le collecteur est passé de %1 à %2&#xa0;: mettez à jour l’extrait sur vos sites.</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>Se connecter à un serveur…</translation>
    </message>
    <message>
        <source>No statistics are shown: use this computer&apos;s collector, or connect to a server.</source>
        <translation>Aucune statistique n’est affichée&#xa0;: utilisez le collecteur de cet ordinateur ou connectez-vous à un serveur.</translation>
    </message>
    <message>
        <source>Change time zone</source>
        <translation>Changer de fuseau horaire</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation>S&amp;ite</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>Where the site&apos;s days start in every report, from now on: days already counted keep their totals.</source>
        <translation>Où commencent les journées du site dans chaque rapport, désormais : les jours déjà comptés gardent leurs totaux.</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::SitesModel</name>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::TableExport</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export every row of this table as a CSV file</source>
        <translation>Exporter toutes les lignes de ce tableau dans un fichier CSV</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reading the rows…</source>
        <translation>Lecture des lignes…</translation>
    </message>
    <message>
        <source>The data source changed during the export.</source>
        <translation>La source de données a changé pendant l&apos;export.</translation>
    </message>
    <message>
        <source>Reading the goals…</source>
        <translation>Lecture des objectifs…</translation>
    </message>
    <message>
        <source>Reading the Web Vitals…</source>
        <translation>Lecture des Web Vitals…</translation>
    </message>
    <message>
        <source>Reading the funnel…</source>
        <translation>Lecture de l&apos;entonnoir…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne exportée vers %1.</numerusform>
            <numerusform>%n lignes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Exporting the dashboard to %1…</source>
        <translation>Export du tableau de bord vers %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row in %1 files to %2.</source>
        <translation>
            <numerusform>%n ligne exportée dans %1 fichiers vers %2.</numerusform>
            <numerusform>%n lignes exportées dans %1 fichiers vers %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows in %1 files to %2.</source>
        <translation>
            <numerusform>%n ligne exportée dans %1 fichiers vers %2.</numerusform>
            <numerusform>%n lignes exportées dans %1 fichiers vers %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>raycstr::ui::TimeZoneBox</name>
    <message>
        <source>Search a city or region, e.g. Berlin</source>
        <translation>Cherchez une ville ou une région, p. ex. Paris</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
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
        <translation>%1, %2 h</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format: weekday, day, short month</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format: weekday, day, short month, year</comment>
        <translation>ddd d MMM yyyy</translation>
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
        <translation>%1 (jusqu’ici)</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Même période l’an dernier</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <comment>date, metric, value</comment>
        <translation>%1
%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>comparison, its date, value</comment>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L’an dernier</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>, %1 pts</source>
        <comment>change of a rate in percentage points</comment>
        <translation>, %1&#xa0;pts</translation>
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
        <translation>Toutes les pages</translation>
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
P75 %2, P95 %3 (%n mesure)</numerusform>
            <numerusform>%1
P75 %2, P95 %3 (%n mesures)</numerusform>
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
        <translation>Aucune mesure Web Vitals sur cette période</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bon</translation>
    </message>
    <message>
        <source>needs improvement</source>
        <translation>à améliorer</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>mauvais</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Chargement impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::WorldMap</name>
    <message>
        <source>World map of visitors</source>
        <translation>Carte du monde des visiteurs</translation>
    </message>
    <message>
        <source>%1: %2 visitor</source>
        <translation>%1&#xa0;: %2 visiteur</translation>
    </message>
    <message>
        <source>%1: %2 visitors</source>
        <translation>%1&#xa0;: %2 visiteurs</translation>
    </message>
</context>
<context>
    <name>raycstr::ui::WorldMapPanel</name>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Visitors of unknown country: %1</source>
        <translation>Visiteurs de pays inconnu&#xa0;: %1</translation>
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
        <translation>%1&#xa0;k</translation>
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
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Mobile</source>
        <comment>device type</comment>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Tablet</source>
        <comment>device type</comment>
        <translation>Tablette</translation>
    </message>
    <message>
        <source>Direct / None</source>
        <translation>Direct / Aucune</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Entry page</source>
        <translation>Page d’entrée</translation>
    </message>
    <message>
        <source>Exit page</source>
        <translation>Page de sortie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Référent</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>Source UTM</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>Support UTM</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>Campagne UTM</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d’exploitation</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nom d’hôte</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
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
