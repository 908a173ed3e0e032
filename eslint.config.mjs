import js from "@eslint/js"
import reactHooks from "eslint-plugin-react-hooks"
import globals from "globals"
import tseslint from "typescript-eslint"

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.next/**",
      "**/.medusa/**",
      "**/dist/**",
      ".data/**",
      "**/next-env.d.ts",
      "cms/src/app/(payload)/admin/importMap.js",
      "cms/src/payload-types.ts",
      // Written by `payload migrate:create`; reviewed, not hand-edited.
      "cms/src/migrations/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      eqeqeq: ["error", "smart"],
    },
  },
  {
    files: ["storefront/**/*.tsx", "cms/**/*.tsx", "medusa/src/admin/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
  {
    // Medusa loads medusa-config.ts as CommonJS.
    files: ["medusa/medusa-config.ts"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  }
)
