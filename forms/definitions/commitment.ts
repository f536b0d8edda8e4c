// 个人诚信承诺书 and 单位诚信承诺书, the dual commitment (../shared/forms.md §4): the statement that the materials are
// true, the consequences (一票否决), then the signature or seal and the date.
import { APPLICANT_FIELDS } from '../../shared/model';
import type { Block, Content, Inline } from '../document/model';
import { defineForm } from './form';
import { A4, bind } from './parts';

const u = (path: string): Inline => bind(path, 'text', true, '　　　　');
const para = (text: Content): Block => ({ type: 'paragraph', text, indent: 2, style: { size: 14, lineHeight: 1.9 }, spaceAfter: 1 });

export const commitmentPersonal = defineForm({
  id: 'commitment-personal',
  title: '个人诚信承诺书',
  fileName: '个人诚信承诺书',
  input: 'applicant',
  build(data) {
    const body: Block[] = [
      { type: 'spacer', height: 8 },
      { type: 'title', text: '个人诚信承诺书', spaceAfter: 10 },
      para([
        '本人',
        u('applicant.name'),
        `（${APPLICANT_FIELDS.idNumber.label}：`,
        u('applicant.idNumber'),
        '），工作单位',
        u('applicant.employer'),
        '，申报',
        u('applicant.series'),
        '系列',
        u('applicant.specialty'),
        '专业',
        u('applicant.level'),
        '专业技术资格。本人郑重承诺：',
      ]),
      para('一、本人所提交的学历、学位证书编号及个人基本信息、工作经历、专业技术工作业绩、论文著作、获奖情况等全部申报材料真实、准确、完整，学历、学位证书编号与本人所持证书一致。'),
      para('二、本人不存在伪造、变造、冒用学历学位证书和其他证件证明，不存在抄袭、剽窃他人成果或提供虚假业绩等行为。'),
      para('三、如有弄虚作假，本人自愿接受“一票否决”，取消本次申报及评审结果，已取得的专业技术资格予以撤销，并按规定记入诚信档案，承担由此产生的一切后果和法律责任。'),
      { type: 'spacer', height: 20 },
      { type: 'signatureLine', label: '承诺人', style: { size: 14 }, lineWidth: 40, date: false },
      { type: 'signatureLine', label: '', action: '', lineWidth: 0, style: { size: 14 }, spaceBefore: 6 },
    ];
    return { title: `个人诚信承诺书（${data.applicant.name}）`, page: A4, data, body };
  },
});

export const commitmentUnit = defineForm({
  id: 'commitment-unit',
  title: '单位诚信承诺书',
  fileName: '单位诚信承诺书',
  input: 'applicant',
  build(data) {
    const body: Block[] = [
      { type: 'spacer', height: 8 },
      { type: 'title', text: '单位诚信承诺书', spaceAfter: 10 },
      para([
        '我单位',
        u('applicant.employer'),
        '已对本单位',
        u('applicant.name'),
        `同志（${APPLICANT_FIELDS.idNumber.label}：`,
        u('applicant.idNumber'),
        '）申报',
        u('applicant.series'),
        '系列',
        u('applicant.specialty'),
        '专业',
        u('applicant.level'),
        '专业技术资格的全部材料进行了认真审核，现郑重承诺：',
      ]),
      para('一、该同志的学历、学位已按照抚人社发〔2019〕60号文件要求，通过学信网、学位在线验证系统查验或经人事档案管理部门审查，查验结果已打印，由责任人签字、单位签章。'),
      para('二、该同志的申报材料及业绩已在本单位进行公示，公示期间无异议（或异议已核实处理）。'),
      para('三、我单位对所报送材料的真实性负责。如有弄虚作假，自愿接受“一票否决”，并承担相应责任，相关责任人按有关规定处理。'),
      { type: 'spacer', height: 10 },
      { type: 'sealBox' },
      { type: 'signatureLine', label: '单位负责人', style: { size: 14 }, lineWidth: 40, date: false, spaceBefore: 0 },
      { type: 'signatureLine', label: '单位', action: '盖章', lineWidth: 40, style: { size: 14 }, date: false },
      { type: 'signatureLine', label: '', action: '', lineWidth: 0, style: { size: 14 }, spaceBefore: 6 },
    ];
    return { title: `单位诚信承诺书（${data.applicant.name}）`, page: A4, data, body };
  },
});
