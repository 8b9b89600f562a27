// Header names platform exports use for the tabs' columns, in English, German and Spanish (the exports follow the
// UI language): Instagram, TikTok Studio, YouTube Studio, impact.com, GRIN, Aspire and hand-made agency sheets
// (shared/research/platform-exports.md). Compared as headers.ts squashes them, so case and punctuation don't matter.
// Keyed by the tabs' column keys; only the export reader uses them (not bundled: a tab's own header is its spec's).
export const EXPORT_ALIASES: Readonly<Record<string, readonly string[]>> = {
  handle: ['Username', 'User name', 'Account username', 'Creator', 'Influencer', 'Benutzername', 'Konto-Benutzername', 'Nombre de usuario', 'Usuario', 'Creador'],
  creator: ['Handle', 'Username', 'Account username', 'Creator handle', 'Influencer', 'Benutzername', 'Konto-Benutzername', 'Nombre de usuario', 'Creador'],
  platform: ['Social Platform', 'Network', 'Plattform', 'Plataforma', 'Red social'],
  followers: ['Follower', 'Follower count', 'Abonnenten', 'Seguidores'],
  format: ['Content Type', 'Post Type', 'Beitragstyp', 'Inhaltstyp', 'Tipo de contenido', 'Tipo de publicación', 'Formato'],
  cost: ['Fee', 'Flat Fee', 'Spend', 'Investment', 'Kosten', 'Honorar', 'Costo', 'Coste', 'Tarifa'],
  impressions: ['Views', 'Total views', 'Video views', 'Impressionen', 'Aufrufe', 'Impresiones', 'Visualizaciones', 'Visualizaciones totales'],
  reach: ['Reichweite', 'Alcance'],
  engagements: ['Interactions', 'Total engagements', 'Interaktionen', 'Interacciones'],
  clicks: ['Link Clicks', 'Link-Klicks', 'Klicks', 'Clics en el enlace', 'Clics'],
  conversions: ['Sales', 'Orders', 'Action Count - Net', 'Verkäufe', 'Bestellungen', 'Conversiones', 'Ventas'],
  saves: ['Gespeichert', 'Guardados', 'Favoritos', 'Añadir a favoritos'],
  id: ['Post ID', 'Video ID', 'Content', 'Beitrags-ID', 'ID de la publicación', 'ID del video'],
  url: ['Permalink', 'Post URL', 'Video link', 'URL', 'Beitragslink', 'Enlace del video', 'Enlace'],
};
