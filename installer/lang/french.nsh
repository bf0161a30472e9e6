; Chaînes françaises de l'installateur et du désinstallateur de Calculatrice (UTF-8).

LangString CALC_SHORTCUT_DESC     ${LANG_FRENCH} "Une calculatrice pour Windows"

LangString CALC_SEC_APP           ${LANG_FRENCH} "Calculatrice"
LangString CALC_SEC_APP_DESC      ${LANG_FRENCH} "La calculatrice, sa licence et un raccourci dans le menu Démarrer."
LangString CALC_SEC_DESKTOP       ${LANG_FRENCH} "Raccourci sur le Bureau"
LangString CALC_SEC_DESKTOP_DESC  ${LANG_FRENCH} "Ajouter un raccourci vers Calculatrice sur le Bureau."
LangString CALC_SEC_UNAPP_DESC    ${LANG_FRENCH} "Supprimer la calculatrice, ses raccourcis et son entrée dans les applications installées."
LangString CALC_SEC_SETTINGS      ${LANG_FRENCH} "Supprimer mes paramètres"
LangString CALC_SEC_SETTINGS_DESC ${LANG_FRENCH} "Effacer aussi vos paramètres de Calculatrice (sinon, ils sont gardés)."

LangString CALC_MODE_TITLE        ${LANG_FRENCH} "Choix du mode d'installation"
LangString CALC_MODE_SUBTITLE     ${LANG_FRENCH} "Choisissez qui pourra utiliser $(^NameDA)."
LangString CALC_MODE_TEXT         ${LANG_FRENCH} "Installer $(^NameDA) pour :"
LangString CALC_MODE_CURRENTUSER  ${LANG_FRENCH} "&Moi uniquement (recommandé ; sans droits d'administrateur)"
LangString CALC_MODE_ALLUSERS     ${LANG_FRENCH} "&Tous les utilisateurs de cet ordinateur (droits d'administrateur requis)"
LangString CALC_MODE_NOT_ELEVATED ${LANG_FRENCH} "L'installation pour tous les utilisateurs nécessite des droits d'administrateur, qui n'ont pas été accordés.$\r$\nChoisissez « Moi uniquement » ou réessayez."

LangString CALC_APP_RUNNING       ${LANG_FRENCH} "Calculatrice est toujours ouverte : ses fichiers ne peuvent pas être remplacés.$\r$\nFermez-la, puis cliquez sur Recommencer."

LangString CALC_WELCOME_TEXT      ${LANG_FRENCH} "Ce programme va installer $(^NameDA) ${VERSION} sur votre ordinateur.$\r$\n$\r$\nVous pouvez l'installer pour vous seul, sans droits d'administrateur, ou pour tous les utilisateurs de cet ordinateur.$\r$\n$\r$\n$(^ClickNext)"
LangString CALC_CLOSING           ${LANG_FRENCH} "Fermeture de Calculatrice ($3)"
