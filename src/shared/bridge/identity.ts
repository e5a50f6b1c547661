/** The product name both hosts report in `appInfo()` (the window title and installer use it too). */
export const PRODUCT_NAME = '代表建议办理系统'
