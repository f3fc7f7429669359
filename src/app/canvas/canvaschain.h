// The surface behind the canvas blocks: draws the links of the chain, red and dashed where a
// link is missing (an empty block at either end, or the vision not tied to the brand promise).
#pragma once

#include <QWidget>
#include <functional>
#include <vector>

namespace ts::app {

class CanvasBlock;

class CanvasChain : public QWidget
{
public:
    struct Link
    {
        CanvasBlock *from;
        CanvasBlock *to;
        bool brandLink; // the vision <-> brand promise tie
    };
    void setLinks(std::vector<Link> links) { m_links = std::move(links); }
    void setBrandLinkTied(std::function<bool()> tied) { m_tied = std::move(tied); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<Link> m_links;
    std::function<bool()> m_tied;
};

} // namespace ts::app
