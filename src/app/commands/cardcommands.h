// The user's actions on cards: add, edit, remove, move, link.
#pragma once

#include "app/commands/rowcommands.h"
#include "core/card.h"

namespace ts::app {

// Type a card into a cell (or paste, duplicate): the card goes at card.position in its cell.
class AddCardCommand : public InsertRowsCommand
{
public:
    AddCardCommand(WorkspaceDocument &document, Card card, const QString &text = {});
    Id cardId() const { return m_card.id; }

private:
    std::vector<RowRef> insert() override;
    std::vector<std::pair<std::string, std::string>> shiftedRows() const override;
    Card m_card;
};

// Several cards at once (paste, duplicate), each at its given cell and position.
class AddCardsCommand : public InsertRowsCommand
{
public:
    AddCardsCommand(WorkspaceDocument &document, std::vector<Card> cards, const QString &text);
    std::vector<Id> cardIds() const;

private:
    std::vector<RowRef> insert() override;
    std::vector<std::pair<std::string, std::string>> shiftedRows() const override;
    std::vector<Card> m_cards;
};

// Any change of a card's own fields (title, notes, badges...).
class EditCardCommand : public DocumentCommand
{
public:
    EditCardCommand(WorkspaceDocument &document, Card before, Card after);

private:
    void apply() override;
    void revert() override;
    Card m_before, m_after;
};

class RemoveCardsCommand : public DeleteRowsCommand
{
public:
    RemoveCardsCommand(WorkspaceDocument &document, Id mapId, const std::vector<Id> &cardIds);
};

// Drag a card to a cell and an index within it; undo restores both cells' exact order.
class MoveCardCommand : public DocumentCommand
{
public:
    MoveCardCommand(WorkspaceDocument &document, const Card &card, Id stageId, Id laneId,
                    int index);

private:
    void apply() override;
    void revert() override;
    struct Placement
    {
        Id id;
        Id stageId;
        Id laneId;
        int position;
    };
    Id m_cardId, m_stageId, m_laneId;
    int m_index;
    std::vector<Placement> m_before;
};

// Draw a link, e.g. from a pain point to the opportunity that addresses it.
class LinkCardsCommand : public InsertRowsCommand
{
public:
    LinkCardsCommand(WorkspaceDocument &document, Id mapId, CardLink link);

private:
    std::vector<RowRef> insert() override;
    CardLink m_link;
};

class RemoveLinkCommand : public DeleteRowsCommand
{
public:
    RemoveLinkCommand(WorkspaceDocument &document, Id mapId, Id linkId);
};

} // namespace ts::app
