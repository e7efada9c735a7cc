#include "core/mailaddress.h"

#include <QRegularExpression>

namespace raycstr {

bool isValidMailAddress(const QString &address)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$)"));
    return re.match(address).hasMatch() && !address.contains(QLatin1String(".."));
}

} // namespace raycstr
