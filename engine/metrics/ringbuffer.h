#pragma once

#include <QList>

#include <vector>

namespace Berth::Engine {

/// A fixed-capacity ring of samples: appending past the capacity drops the oldest, so the
/// memory a chart series needs never grows.
template<typename T>
class RingBuffer
{
public:
    explicit RingBuffer(int capacity = 600) : m_items(size_t(qMax(1, capacity))) {}

    void append(const T &item)
    {
        m_items[m_next] = item;
        m_next = (m_next + 1) % m_items.size();
        if (m_size < m_items.size())
            ++m_size;
    }
    int size() const { return int(m_size); }
    int capacity() const { return int(m_items.size()); }
    bool isEmpty() const { return m_size == 0; }
    /// i = 0 is the oldest sample kept.
    const T &at(int i) const
    {
        return m_items[(m_next + m_items.size() - m_size + size_t(i)) % m_items.size()];
    }
    const T &last() const { return at(size() - 1); }
    QList<T> toList() const
    {
        QList<T> out;
        out.reserve(size());
        for (int i = 0; i < size(); ++i)
            out.append(at(i));
        return out;
    }

private:
    std::vector<T> m_items;
    size_t m_next = 0;
    size_t m_size = 0;
};

} // namespace Berth::Engine
