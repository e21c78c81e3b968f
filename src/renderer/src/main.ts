import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { createAppI18n, loadMessages } from './i18n'
import { createAppRouter } from './router'
import { usePreferencesStore } from './stores/preferences'
import './styles/base.css'

const pinia = createPinia()
const app = createApp(App).use(pinia)
// The remembered (or the OS's) language is known before the first paint; its texts load while the
// router loads the first page.
const { locale } = usePreferencesStore(pinia)
const router = createAppRouter()
app.use(router)
void loadMessages(locale).then(
  (messages) => {
    app.use(createAppI18n(locale, messages))
    app.mount('#app')
    // Marks the first page as routed: vue-router listens for hash changes only from then on, so a
    // script (the E2E harness) that changes the hash sooner would see its change undone.
    void router.isReady().then(() => document.documentElement.setAttribute('data-routed', ''))
  },
  (error: unknown) => console.error(`Could not load the ${locale} texts; the install may be damaged:`, error)
)
