import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { createAppI18n, loadMessages } from './i18n'
import { createAppRouter } from './router'
import { usePreferencesStore } from './stores/preferences'
import { loadDarkTheme } from './styles/dark-theme-loader'
import './styles/base.css'

const pinia = createPinia()
const app = createApp(App).use(pinia)
// The remembered (or the OS's) language and theme are known before the first paint; the language's
// texts (and the dark theme, when the page starts dark) load while the router loads the first page.
const { locale, effectiveTheme } = usePreferencesStore(pinia)
app.use(createAppRouter())
// A dark theme that fails to load leaves the page light rather than blank (App.vue says why in the console).
const darkReady = effectiveTheme === 'dark' ? loadDarkTheme().catch(() => null) : null
void Promise.all([loadMessages(locale), darkReady]).then(
  ([messages]) => {
    app.use(createAppI18n(locale, messages))
    app.mount('#app')
  },
  (error: unknown) => console.error(`Could not load the ${locale} texts; the install may be damaged:`, error)
)
