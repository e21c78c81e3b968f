import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { createAppI18n } from './i18n'
import { createAppRouter } from './router'
import { usePreferencesStore } from './stores/preferences'
import './styles/base.css'

const pinia = createPinia()
const app = createApp(App).use(pinia)
// The remembered (or the OS's) language is known before the first paint.
const preferences = usePreferencesStore(pinia)
app.use(createAppI18n(preferences.locale)).use(createAppRouter())
app.mount('#app')
