// The app's languages (en, de, fr, es), picked from the browser's. Only the page's own
// words; data is shown as it is.
const words = {
  de: {
    'Sign in': 'Anmelden', Password: 'Passwort', 'Sign out': 'Abmelden', Site: 'Website',
    Period: 'Zeitraum', Compare: 'Vergleichen', 'previous period': 'Vorperiode', Visitors: 'Besucher', Visits: 'Besuche',
    Pageviews: 'Seitenaufrufe', 'Bounce rate': 'Absprungrate', 'Visit duration': 'Besuchsdauer',
    'Views per visit': 'Aufrufe pro Besuch', Pages: 'Seiten', 'Entry pages': 'Einstiegsseiten',
    'Exit pages': 'Ausstiegsseiten', Sources: 'Quellen', Referrers: 'Verweise', Countries: 'Länder',
    Devices: 'Geräte', Browsers: 'Browser', 'Operating systems': 'Betriebssysteme',
    Events: 'Ereignisse', Goals: 'Ziele', Funnels: 'Trichter', 'Web Vitals': 'Web Vitals',
    Live: 'Live', 'current visitors': 'aktuelle Besucher', Today: 'Heute', 'Last 24 hours': 'Letzte 24 Stunden',
    'Last 7 days': 'Letzte 7 Tage', 'Last 30 days': 'Letzte 30 Tage', 'This month': 'Dieser Monat',
    'Last 12 months': 'Letzte 12 Monate', Custom: 'Benutzerdefiniert', 'No data': 'Keine Daten',
    Search: 'Suchen', 'Download CSV': 'CSV herunterladen', Close: 'Schließen', 'Show all': 'Alle zeigen', 'Remove filter': 'Filter entfernen', 'Read-only': 'Nur lesen',
    Properties: 'Eigenschaften', Conversions: 'Conversions', 'Wrong password': 'Falsches Passwort',
  },
  fr: {
    'Sign in': 'Se connecter', Password: 'Mot de passe', 'Sign out': 'Se déconnecter', Site: 'Site',
    Period: 'Période', Compare: 'Comparer', 'previous period': 'période précédente', Visitors: 'Visiteurs', Visits: 'Visites',
    Pageviews: 'Pages vues', 'Bounce rate': 'Taux de rebond', 'Visit duration': 'Durée de visite',
    'Views per visit': 'Vues par visite', Pages: 'Pages', 'Entry pages': "Pages d'entrée",
    'Exit pages': 'Pages de sortie', Sources: 'Sources', Referrers: 'Référents', Countries: 'Pays',
    Devices: 'Appareils', Browsers: 'Navigateurs', 'Operating systems': "Systèmes d'exploitation",
    Events: 'Événements', Goals: 'Objectifs', Funnels: 'Entonnoirs', Live: 'En direct',
    'current visitors': 'visiteurs actuels', Today: "Aujourd'hui", 'Last 24 hours': 'Dernières 24 heures',
    'Last 7 days': '7 derniers jours', 'Last 30 days': '30 derniers jours', 'This month': 'Ce mois-ci',
    'Last 12 months': '12 derniers mois', Custom: 'Personnalisé', 'No data': 'Aucune donnée',
    Search: 'Rechercher', 'Download CSV': 'Télécharger en CSV', Close: 'Fermer', 'Show all': 'Tout afficher', 'Remove filter': 'Retirer le filtre',
    'Read-only': 'Lecture seule', Properties: 'Propriétés', 'Wrong password': 'Mot de passe incorrect',
  },
  es: {
    'Sign in': 'Iniciar sesión', Password: 'Contraseña', 'Sign out': 'Cerrar sesión', Site: 'Sitio',
    Period: 'Periodo', Compare: 'Comparar', 'previous period': 'periodo anterior', Visitors: 'Visitantes', Visits: 'Visitas',
    Pageviews: 'Páginas vistas', 'Bounce rate': 'Tasa de rebote', 'Visit duration': 'Duración de la visita',
    'Views per visit': 'Vistas por visita', Pages: 'Páginas', 'Entry pages': 'Páginas de entrada',
    'Exit pages': 'Páginas de salida', Sources: 'Fuentes', Referrers: 'Referentes', Countries: 'Países',
    Devices: 'Dispositivos', Browsers: 'Navegadores', 'Operating systems': 'Sistemas operativos',
    Events: 'Eventos', Goals: 'Objetivos', Funnels: 'Embudos', Live: 'En vivo',
    'current visitors': 'visitantes actuales', Today: 'Hoy', 'Last 24 hours': 'Últimas 24 horas',
    'Last 7 days': 'Últimos 7 días', 'Last 30 days': 'Últimos 30 días', 'This month': 'Este mes',
    'Last 12 months': 'Últimos 12 meses', Custom: 'Personalizado', 'No data': 'Sin datos',
    Search: 'Buscar', 'Download CSV': 'Descargar CSV', Close: 'Cerrar', 'Show all': 'Mostrar todo', 'Remove filter': 'Quitar filtro',
    'Read-only': 'Solo lectura', Properties: 'Propiedades', 'Wrong password': 'Contraseña incorrecta',
  },
};

const lang = (navigator.language || 'en').slice(0, 2);
const table = words[lang] || {};
export const t = (s) => table[s] || s;
export const locale = navigator.language || 'en';
