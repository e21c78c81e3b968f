import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { locale } from './i18n/messages'

document.documentElement.lang = locale
createApp(App).use(createPinia()).mount('#app')
