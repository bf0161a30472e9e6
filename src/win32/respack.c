/* Packed strings, dialogs and menus (respack.h); the blob's layout is
 * described in scripts/pack_resources.py, which writes it. */
#include <windows.h>
#include <string.h>

#include "inflate.h"
#include "respack.h"

enum {
    HEADER_SIZE = 12,                  /* "RPK1", entry count, unpacked size */
    ENTRY_SIZE = 16,                   /* type, id, lang, 0, offset, size */
    MAX_UNPACKED = 16 * 1024 * 1024,   /* far above what the exe holds: a bound against damage */
    MAX_MODULES = 4
};

typedef struct pack {
    HMODULE module;
    unsigned count;
    const unsigned char *index;      /* count entries */
    const unsigned char *data;       /* the resources, after the index */
    DWORD data_size;
    unsigned char *buffer;           /* the heap block holding both */
} pack;

static pack g_packs[MAX_MODULES];
static unsigned g_used;

static DWORD le16(const unsigned char *p) { return (DWORD)p[0] | (DWORD)p[1] << 8; }
static DWORD le32(const unsigned char *p) { return le16(p) | le16(p + 2) << 16; }

/* Unpacks module's blob into p; leaves p empty (count 0) when it is missing or damaged. */
static void load(pack *p, HMODULE module)
{
    if (p->buffer) HeapFree(GetProcessHeap(), 0, p->buffer); /* a slot reused for another module */
    ZeroMemory(p, sizeof *p);
    p->module = module;
    HRSRC r = FindResourceW(module, MAKEINTRESOURCEW(RESPACK_RCDATA_ID), (LPCWSTR)RT_RCDATA);
    HGLOBAL h = r ? LoadResource(module, r) : NULL;
    const unsigned char *blob = h ? LockResource(h) : NULL;
    DWORD size = r ? SizeofResource(module, r) : 0;
    if (!blob || size < HEADER_SIZE || memcmp(blob, "RPK1", 4) != 0) return;
    DWORD count = le32(blob + 4), unpacked = le32(blob + 8);
    if (unpacked > MAX_UNPACKED || count > unpacked / ENTRY_SIZE) return;
    unsigned char *buf = HeapAlloc(GetProcessHeap(), 0, unpacked ? unpacked : 1);
    if (!buf) return;
    size_t got = 0;
    if (inflate_raw(blob + HEADER_SIZE, size - HEADER_SIZE, buf, unpacked, &got) != INFLATE_OK || got != unpacked) {
        HeapFree(GetProcessHeap(), 0, buf);
        return;
    }
    DWORD data_size = unpacked - count * ENTRY_SIZE;
    for (DWORD i = 0; i < count; i++) {
        const unsigned char *e = buf + i * ENTRY_SIZE;
        DWORD off = le32(e + 8), len = le32(e + 12);
        if (off > data_size || len > data_size - off || (off & 3) != 0) {
            HeapFree(GetProcessHeap(), 0, buf);
            return;
        }
    }
    p->buffer = buf;
    p->count = count;
    p->index = buf;
    p->data = buf + count * ENTRY_SIZE;
    p->data_size = data_size;
}

static const pack *pack_of(HMODULE module)
{
    for (unsigned i = 0; i < g_used; i++)
        if (g_packs[i].module == module) return &g_packs[i];
    /* a new module: a free slot, else the last one is reused */
    pack *p = &g_packs[g_used < MAX_MODULES ? g_used++ : MAX_MODULES - 1];
    load(p, module);
    return p;
}

unsigned respack_count(HMODULE module) { return pack_of(module)->count; }

BOOL respack_entry(HMODULE module, unsigned i, WORD *type, WORD *id, WORD *lang)
{
    const pack *p = pack_of(module);
    if (i >= p->count) return FALSE;
    const unsigned char *e = p->index + i * ENTRY_SIZE;
    if (type) *type = (WORD)le16(e);
    if (id) *id = (WORD)le16(e + 2);
    if (lang) *lang = (WORD)le16(e + 4);
    return TRUE;
}

/* lang 0xFFFF: any language (the first one packed). */
static const void *find(HMODULE module, WORD type, WORD id, DWORD lang, DWORD *size)
{
    const pack *p = pack_of(module);
    for (unsigned i = 0; i < p->count; i++) {
        const unsigned char *e = p->index + i * ENTRY_SIZE;
        if (le16(e) != type || le16(e + 2) != id || (lang != 0xFFFF && le16(e + 4) != lang)) continue;
        if (size) *size = le32(e + 12);
        return p->data + le32(e + 8);
    }
    if (size) *size = 0;
    return NULL;
}

const void *respack_find(HMODULE module, WORD type, WORD id, WORD lang, DWORD *size)
{
    return lang == 0xFFFF ? NULL : find(module, type, id, lang, size);
}

/* FindResource's order for a dialog: neutral, the thread's UI language, any. */
static const DLGTEMPLATE *dialog_template(HINSTANCE inst, WORD id)
{
    const void *t = find(inst, (WORD)(ULONG_PTR)RT_DIALOG, id, MAKELANGID(LANG_NEUTRAL, SUBLANG_NEUTRAL), NULL);
    if (!t) t = find(inst, (WORD)(ULONG_PTR)RT_DIALOG, id, GetThreadUILanguage(), NULL);
    if (!t) t = find(inst, (WORD)(ULONG_PTR)RT_DIALOG, id, 0xFFFF, NULL);
    return t;
}

HWND respack_dialog(HINSTANCE inst, WORD id, HWND parent, DLGPROC proc, LPARAM param)
{
    const DLGTEMPLATE *t = dialog_template(inst, id);
    return t ? CreateDialogIndirectParamW(inst, t, parent, proc, param) : NULL;
}

INT_PTR respack_dialog_box(HINSTANCE inst, WORD id, HWND parent, DLGPROC proc, LPARAM param)
{
    const DLGTEMPLATE *t = dialog_template(inst, id);
    return t ? DialogBoxIndirectParamW(inst, t, parent, proc, param) : -1;
}
