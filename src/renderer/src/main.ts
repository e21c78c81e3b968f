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
app.use(createAppRouter())
void loadMessages(locale).then(
  (messages) => {
    app.use(createAppI18n(locale, messages))
    app.mount('#app')
  },
  (error: unknown) => console.error(`Could not load the ${locale} texts; the install may be damaged:`, error)
)
