import { createRoot } from 'react-dom/client'

createRoot(document.getElementById('root')!).render(<div>代表建议办理系统</div>)
