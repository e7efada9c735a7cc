#pragma once

#include "http/plainhttp.h"

#include <memory>

namespace raycstr {

// The answer a route owes one request, for routes that answer later (a query worker, the
// login checker) or not over HTTP at all (the live stream takes the connection). Copies
// share the one answer: the first send() goes out, later ones are ignored. Use it on the
// thread the HTTP server runs on; a worker posts back there first (QueryRunner does).
class Responder
{
public:
    // The transport's side (HttpServer): how an answer reaches its connection.
    class Connection
    {
    public:
        virtual ~Connection() = default;
        // False when the client has gone (the answer would go nowhere).
        virtual bool isOpen() const = 0;
        virtual void send(PlainResponse &&response) = 0;
        // See takeConnection(); -1 when not possible.
        virtual qintptr take() = 0;
    };

    explicit Responder(std::shared_ptr<Connection> connection)
        : m_state(std::make_shared<State>(State {std::move(connection), false}))
    { }

    // Sends the answer, unless one was sent already or the client has left meanwhile.
    void send(PlainResponse &&response) const
    {
        if (m_state->done)
            return;
        m_state->done = true;
        if (m_state->connection->isOpen())
            m_state->connection->send(std::move(response));
    }

    // The TCP connection itself, for an answer that outlives HTTP's request/response (the
    // live stream's SSE): a descriptor of the connection the caller now owns (the HTTP
    // layer lets go of its own, and the connection stays open through the caller's), or
    // -1 when the platform or the connection cannot hand it over (TLS, Windows; then
    // nothing changed and the caller answers with send()). After a hand-over, send() does
    // nothing.
    qintptr takeConnection() const
    {
        if (m_state->done)
            return -1;
        const qintptr descriptor = m_state->connection->take();
        if (descriptor >= 0)
            m_state->done = true;
        return descriptor;
    }

private:
    struct State
    {
        std::shared_ptr<Connection> connection;
        bool done;
    };
    std::shared_ptr<State> m_state;
};

using LaterHandler = std::function<void(const PlainRequest &, const Responder &)>;

} // namespace raycstr
