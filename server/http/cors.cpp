#include "http/cors.h"

namespace raycstr {

namespace {

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isTokenChar(char c)
{
    return isAlpha(c) || isDigit(c) || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

} // namespace

bool isValidOrigin(QByteArrayView origin)
{
    if (origin == "null")
        return true;
    if (origin.size() > 300)
        return false;
    const qsizetype sep = origin.indexOf("://");
    if (sep < 1 || !isAlpha(origin.at(0)))
        return false;
    for (char c : origin.first(sep)) {
        if (!isAlpha(c) && !isDigit(c) && c != '+' && c != '-' && c != '.')
            return false;
    }
    QByteArrayView rest = origin.sliced(sep + 3);
    if (rest.startsWith('[')) { // [2001:db8::1]:8080
        const qsizetype close = rest.indexOf(']');
        if (close < 2)
            return false;
        for (char c : rest.sliced(1, close - 1)) {
            if (!isDigit(c) && !((c | 0x20) >= 'a' && (c | 0x20) <= 'f') && c != ':' && c != '.')
                return false;
        }
        rest = rest.sliced(close + 1);
    } else {
        qsizetype host = 0;
        while (host < rest.size() && rest.at(host) != ':') {
            const char c = rest.at(host);
            if (!isAlpha(c) && !isDigit(c) && c != '-' && c != '.' && c != '_')
                return false;
            ++host;
        }
        if (host == 0)
            return false;
        rest = rest.sliced(host);
    }
    if (rest.isEmpty())
        return true;
    if (rest.size() < 2 || rest.size() > 6 || rest.at(0) != ':')
        return false;
    for (char c : rest.sliced(1)) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

bool isTokenList(QByteArrayView list)
{
    if (list.isEmpty() || list.size() > 1024)
        return false;
    bool inToken = false;
    bool sawToken = false;
    bool afterToken = false; // a token ended; only spaces or a comma may follow
    for (char c : list) {
        if (isTokenChar(c)) {
            if (afterToken)
                return false;
            inToken = true;
            sawToken = true;
        } else if (c == ' ' || c == '\t') {
            afterToken = inToken || afterToken;
            inToken = false;
        } else if (c == ',') {
            inToken = false;
            afterToken = false;
        } else {
            return false;
        }
    }
    return sawToken;
}

} // namespace raycstr
