/**
 * 分类: add, rename, reorder, and remove a category no suggestion uses. Renaming changes the list only:
 * suggestions keep the category text they were registered with (a change of a suggestion is an event).
 */
import { useState } from 'react'
import { App, Button, Card, Flex, Input, List, Space, Tag, Tooltip, Typography } from 'antd'
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { getDb } from '../../store/db'
import { getCategories, setCategories } from '../../store/repositories/settings'
import { categoryUsage } from './settingsStore'

export function CategoriesPanel({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation('settings')
  const db = getDb()
  const { message, modal } = App.useApp()
  const [draft, setDraft] = useState('')
  const [editing, setEditing] = useState<{ index: number; value: string } | null>(null)
  const data = useLiveQuery(async () => {
    const categories = await getCategories(db)
    return { categories, usage: await categoryUsage(db, categories) }
  }, [db])
  const categories = data?.categories ?? []

  const save = async (next: string[]) => {
    await setCategories(db, next)
  }
  const add = async () => {
    const name = draft.trim()
    if (!name) return
    if (categories.includes(name)) return void message.warning(t('categories.exists', { name }))
    await save([...categories, name])
    setDraft('')
  }
  const rename = async () => {
    if (!editing) return
    const name = editing.value.trim()
    const old = categories[editing.index]
    if (!name || name === old) return setEditing(null)
    if (categories.includes(name)) return void message.warning(t('categories.exists', { name }))
    await save(categories.map((c, i) => (i === editing.index ? name : c)))
    setEditing(null)
    if (old && (data?.usage[old] ?? 0) > 0)
      void message.info(t('categories.renamedNote', { from: old, count: data?.usage[old] ?? 0 }))
  }
  const move = async (index: number, step: -1 | 1) => {
    const next = [...categories]
    const to = index + step
    if (to < 0 || to >= next.length) return
    ;[next[index], next[to]] = [next[to]!, next[index]!]
    await save(next)
  }
  const remove = (name: string) =>
    modal.confirm({
      title: t('categories.removeConfirm', { name }),
      okText: t('actions.remove'),
      okButtonProps: { danger: true },
      cancelText: t('actions.cancel'),
      onOk: () => save(categories.filter((c) => c !== name)),
    })

  return (
    <Card title={t('categories.title')} size="small" data-testid="settings-categories">
      <Typography.Paragraph type="secondary">{t('categories.intro')}</Typography.Paragraph>
      <List
        size="small"
        loading={data === undefined}
        dataSource={categories}
        renderItem={(name, index) => {
          const used = data?.usage[name] ?? 0
          return (
            <List.Item
              actions={[
                <Tooltip key="up" title={t('actions.moveUp')}>
                  <Button
                    size="small"
                    type="text"
                    icon={<ArrowUpOutlined />}
                    aria-label={t('actions.moveUp')}
                    disabled={readOnly || index === 0}
                    onClick={() => void move(index, -1)}
                  />
                </Tooltip>,
                <Tooltip key="down" title={t('actions.moveDown')}>
                  <Button
                    size="small"
                    type="text"
                    icon={<ArrowDownOutlined />}
                    aria-label={t('actions.moveDown')}
                    disabled={readOnly || index === categories.length - 1}
                    onClick={() => void move(index, 1)}
                  />
                </Tooltip>,
                <Tooltip key="edit" title={t('categories.rename')}>
                  <Button
                    size="small"
                    type="text"
                    icon={<EditOutlined />}
                    aria-label={t('categories.rename')}
                    disabled={readOnly}
                    onClick={() => setEditing({ index, value: name })}
                  />
                </Tooltip>,
                <Tooltip key="remove" title={used > 0 ? t('categories.inUse', { count: used }) : t('actions.remove')}>
                  <Button
                    size="small"
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('actions.remove')}
                    disabled={readOnly || used > 0}
                    onClick={() => remove(name)}
                  />
                </Tooltip>,
              ]}
            >
              {editing?.index === index ? (
                <Input
                  size="small"
                  autoFocus
                  value={editing.value}
                  onChange={(e) => setEditing({ index, value: e.target.value })}
                  onPressEnter={() => void rename()}
                  onBlur={() => void rename()}
                  maxLength={20}
                  aria-label={t('categories.rename')}
                />
              ) : (
                <Space>
                  <Typography.Text>{name}</Typography.Text>
                  {used > 0 && <Tag>{t('categories.usage', { count: used })}</Tag>}
                </Space>
              )}
            </List.Item>
          )
        }}
      />
      <Flex gap="small" style={{ marginTop: 12 }}>
        <Input
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onPressEnter={() => void add()}
          placeholder={t('categories.newPlaceholder')}
          aria-label={t('categories.newPlaceholder')}
          maxLength={20}
          disabled={readOnly}
        />
        <Button icon={<PlusOutlined />} onClick={() => void add()} disabled={readOnly || !draft.trim()}>
          {t('actions.add')}
        </Button>
      </Flex>
    </Card>
  )
}
