; English strings of the Calculatrice installer and uninstaller (UTF-8).

LangString CALC_SHORTCUT_DESC     ${LANG_ENGLISH} "A calculator for Windows"

LangString CALC_SEC_APP           ${LANG_ENGLISH} "Calculatrice"
LangString CALC_SEC_APP_DESC      ${LANG_ENGLISH} "The calculator, its licence and a Start menu shortcut."
LangString CALC_SEC_DESKTOP       ${LANG_ENGLISH} "Desktop shortcut"
LangString CALC_SEC_DESKTOP_DESC  ${LANG_ENGLISH} "Put a Calculatrice shortcut on the desktop."
LangString CALC_SEC_UNAPP_DESC    ${LANG_ENGLISH} "Remove the calculator, its shortcuts and its entry in Installed apps."
LangString CALC_SEC_SETTINGS      ${LANG_ENGLISH} "Remove my settings"
LangString CALC_SEC_SETTINGS_DESC ${LANG_ENGLISH} "Also erase your Calculatrice settings (otherwise they are kept for a later installation)."

LangString CALC_MODE_TITLE        ${LANG_ENGLISH} "Choose Installation Mode"
LangString CALC_MODE_SUBTITLE     ${LANG_ENGLISH} "Choose who will be able to use $(^NameDA)."
LangString CALC_MODE_TEXT         ${LANG_ENGLISH} "Install $(^NameDA) for:"
LangString CALC_MODE_CURRENTUSER  ${LANG_ENGLISH} "Just &me (recommended; no administrator rights needed)"
LangString CALC_MODE_ALLUSERS     ${LANG_ENGLISH} "&All users of this computer (administrator rights needed)"
LangString CALC_MODE_NOT_ELEVATED ${LANG_ENGLISH} "Installing for all users needs administrator rights, which were not granted.$\r$\nChoose $\"Just me$\" or try again."

LangString CALC_APP_RUNNING       ${LANG_ENGLISH} "Calculatrice is still running, so its files cannot be replaced.$\r$\nClose it, then click Retry."

LangString CALC_WELCOME_TEXT      ${LANG_ENGLISH} "Setup will install $(^NameDA) ${VERSION} on your computer.$\r$\n$\r$\nIt can be installed for you alone, without administrator rights, or for every user of this computer.$\r$\n$\r$\n$(^ClickNext)"
LangString CALC_CLOSING           ${LANG_ENGLISH} "Closing Calculatrice ($3)"
